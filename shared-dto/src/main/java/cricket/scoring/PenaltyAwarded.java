package cricket.scoring;

/**
 * Penalty runs awarded off a ball (Laws 41/42), to either side. Runs to the batting side go to the current innings;
 * runs to the fielding side go to its most recent innings, or to its next one if it has not batted (Law 41.17).
 *
 * @param team the team the runs are awarded to
 */
public record PenaltyAwarded(int runs, String team, String reason) implements MatchEvent {
    /** Ten awards of 5 at once: more than any one incident or innings break has brought. */
    public static final int MAX_RUNS = 50;

    public PenaltyAwarded {
        Names.penalty(runs, 5, MAX_RUNS, "penalty runs");
        team = Names.require(team, "team");
        reason = Names.optionalText(reason, "reason", Names.REASON);
    }
}
