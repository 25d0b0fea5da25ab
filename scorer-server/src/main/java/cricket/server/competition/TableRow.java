package cricket.server.competition;

/**
 * One side's line in the points table.
 *
 * @param netRunRate runs per over scored less runs per over conceded, to three places; null before the side has a
 *     match with a result that counts for it
 */
public record TableRow(
        String team, int played, int won, int lost, int tied, int noResult, int points, Double netRunRate) {}
