package cricket.scoring;

/**
 * The score when a wicket fell.
 *
 * @param wicket 1 for the first wicket
 * @param overs the innings' overs at the dismissal ("14.3")
 */
public record FallOfWicket(int wicket, int runs, String overs, String player) {}
