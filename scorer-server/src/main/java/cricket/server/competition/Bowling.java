package cricket.server.competition;

/**
 * Bowling figures over a set of innings, in the runs charged to the bowler (no byes, leg-byes or penalties).
 *
 * @param balls legal balls bowled
 * @param average runs per wicket, to two places; null without a wicket
 * @param economy runs per over (of the match's balls per over), to two places; null when no legal ball was bowled
 * @param best the best innings, as wickets/runs ("4/20")
 */
public record Bowling(int innings, int balls, int runs, int wickets, Double average, Double economy, String best) {}
