package cricket.scoring;

import java.util.List;

/**
 * The live summary of a match: the current (or last) innings, who is in, this over. Rates are rounded to 2
 * decimals.
 *
 * @param inningsNumber {@code null} before the first innings
 * @param ballsPerOver the match's legal balls per over (6; 5 in The Hundred), for rates; {@code null} before the toss
 * @param target {@code null} when the innings is not chasing
 * @param batters the batters at the crease, striker first
 * @param thisOver the current over's balls: "1", "4", "W", "2wd", "1nb", "1lb", "2b", "5p"
 * @param allOut the innings shown is all out, nine down with a batter absent hurt included: read "150 all out",
 *     not "150/9"
 * @param declared the innings shown was declared: "514/8d"
 * @param superOver the innings shown is a super over, which the score alone does not tell from the match's innings
 * @param summary "India 165/8 (20) - target 166", "India 150 all out (19.4)"
 * @param day in a match played over days, the day of play: 1 until the first stumps ({@link DayEnded}), then the
 *     day after the last stumps; once the match is over, the last day played (the last stumps' day when no ball
 *     followed them); {@code null} in a one-innings match and before the toss
 */
public record LiveScore(
        String status,
        String battingTeam,
        Integer inningsNumber,
        int runs,
        int wickets,
        boolean allOut,
        boolean declared,
        boolean superOver,
        String overs,
        int legalBalls,
        Integer ballsPerOver,
        Double currentRunRate,
        Target target,
        Integer runsNeeded,
        Integer ballsRemaining,
        Double requiredRunRate,
        List<BatterFigures> batters,
        BowlerFigures bowler,
        Partnership partnership,
        List<String> thisOver,
        LastWicket lastWicket,
        boolean freeHit,
        Result result,
        String summary,
        Integer day) {

    public LiveScore {
        batters = List.copyOf(batters);
        thisOver = List.copyOf(thisOver);
    }

    /** A batter at the crease. */
    public record BatterFigures(String name, int runs, int balls, int fours, int sixes, boolean onStrike) {}

    /** The current bowler's figures. */
    public record BowlerFigures(String name, String overs, int maidens, int runs, int wickets) {}

    /** Runs and legal balls since the last wicket. */
    public record Partnership(int runs, int balls) {}

    /** The latest dismissal: "c Smith b Starc", with the batter's runs and balls and the team score at the fall. */
    public record LastWicket(String name, int runs, int balls, String dismissal, int teamRuns, String overs) {}
}
