package cricket.scoring;

/** An innings' extras line; {@code penalty} includes penalty runs awarded off the ball (Law 41.17). */
public record ExtrasCard(int wides, int noballs, int byes, int legbyes, int penalty, int total) {}
