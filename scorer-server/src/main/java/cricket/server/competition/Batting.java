package cricket.server.competition;

/**
 * Batting figures over a set of innings. An innings is a batter's line in a scorecard other than "absent hurt"; a
 * batter who retired hurt or retired not out was not out.
 *
 * @param average runs per dismissal, to two places; null when never out
 * @param strikeRate runs per hundred balls faced, to two places; null when no ball was faced
 */
public record Batting(
        int innings,
        int runs,
        int notOuts,
        int balls,
        Double average,
        Double strikeRate,
        int highest,
        boolean highestNotOut,
        int fifties,
        int hundreds,
        int fours,
        int sixes) {}
