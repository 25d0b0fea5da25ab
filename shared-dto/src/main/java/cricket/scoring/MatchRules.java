package cricket.scoring;

/**
 * The playing conditions a match is scored under.
 *
 * @param oversPerInnings scheduled overs per innings, or {@code null} for a match without an overs limit (Tests)
 * @param ballsPerOver legal balls in an over: 6, or 5 in The Hundred (Law 17.1 allows the competition to choose)
 * @param noBallRuns the no-ball penalty: 1 (Law 21.10), 2 in ECB domestic competitions
 * @param freeHitAfterNoBall whether the ball after a no-ball is a free hit (limited-overs internationals since 2015)
 * @param superOverOnTie whether a tie is settled by a super over (repeated while tied)
 * @param inningsPerSide 1 for limited-overs matches, 2 for Tests and first-class matches
 * @param consecutiveOversAllowed whether a bowler may bowl two overs in a row (The Hundred's 10-ball sets); the
 *     engine then changes ends every second over (every ten balls), as The Hundred does
 * @param caughtBatterReplacedAtStrikersEnd Law 18.11 (2022 code): the new batter after a catch takes strike
 *     whatever the crossing; earlier matches went by crossing
 * @param superOverWickets wickets that end a super-over innings: 2 under the ICC's playing conditions (the Laws set
 *     none), more where a competition's record shows a side batting on; absent (stored before it existed) reads as 2
 */
public record MatchRules(
        Integer oversPerInnings,
        int ballsPerOver,
        int noBallRuns,
        boolean freeHitAfterNoBall,
        boolean superOverOnTie,
        int inningsPerSide,
        boolean consecutiveOversAllowed,
        boolean caughtBatterReplacedAtStrikersEnd,
        Integer superOverWickets) {

    /** The ICC playing conditions: a super-over innings ends at the loss of two wickets. */
    public static final int SUPER_OVER_WICKETS = 2;

    /** The most overs an innings may be scheduled for. */
    public static final int MAX_OVERS = 1000;

    public MatchRules {
        if (oversPerInnings != null && (oversPerInnings < 1 || oversPerInnings > MAX_OVERS)) {
            throw new IllegalArgumentException(
                    "oversPerInnings must be 1-" + MAX_OVERS + ", or absent for no limit, got " + oversPerInnings);
        }
        if (ballsPerOver < 4 || ballsPerOver > 8) {
            throw new IllegalArgumentException("ballsPerOver must be 4-8, got " + ballsPerOver);
        }
        if (noBallRuns < 1 || noBallRuns > 2) {
            throw new IllegalArgumentException("noBallRuns must be 1 or 2, got " + noBallRuns);
        }
        if (inningsPerSide < 1 || inningsPerSide > 2) {
            throw new IllegalArgumentException("inningsPerSide must be 1 or 2, got " + inningsPerSide);
        }
        if (superOverWickets == null) {
            superOverWickets = SUPER_OVER_WICKETS;
        }
        if (superOverWickets < 1 || superOverWickets > 10) {
            throw new IllegalArgumentException("superOverWickets must be 1-10, got " + superOverWickets);
        }
    }

    /** Super overs as the ICC plays them: two wickets end the innings. */
    public MatchRules(
            Integer oversPerInnings,
            int ballsPerOver,
            int noBallRuns,
            boolean freeHitAfterNoBall,
            boolean superOverOnTie,
            int inningsPerSide,
            boolean consecutiveOversAllowed,
            boolean caughtBatterReplacedAtStrikersEnd) {
        this(
                oversPerInnings,
                ballsPerOver,
                noBallRuns,
                freeHitAfterNoBall,
                superOverOnTie,
                inningsPerSide,
                consecutiveOversAllowed,
                caughtBatterReplacedAtStrikersEnd,
                SUPER_OVER_WICKETS);
    }

    public static MatchRules t20() {
        return new MatchRules(20, 6, 1, true, true, 1, false, true);
    }

    public static MatchRules odi() {
        return new MatchRules(50, 6, 1, true, false, 1, false, true);
    }

    public static MatchRules test() {
        return new MatchRules(null, 6, 1, false, false, 2, false, true);
    }

    /** The Hundred: 100 balls in sets of 5, two-run no-balls, a bowler may bowl two sets in a row. */
    public static MatchRules hundred() {
        return new MatchRules(20, 5, 2, true, true, 1, true, true);
    }

    public boolean limitedOvers() {
        return oversPerInnings != null;
    }

    /** Two innings a side (Tests, first-class matches): played over days, each closed by stumps. */
    public boolean playedOverDays() {
        return inningsPerSide == 2;
    }
}
