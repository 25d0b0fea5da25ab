package cricket.scoring;

/**
 * Penalty runs awarded off a ball (Laws 41/42), to either side. Runs to the batting side go to the current innings;
 * runs to the fielding side go to its most recent innings, or to its next one if it has not batted (Law 41.17).
 *
 * @param team the team the runs are awarded to
 */
public record PenaltyAwarded(int runs, String team, String reason) implements MatchEvent {
    public PenaltyAwarded {
        if (runs < 1) {
            throw new IllegalArgumentException("penalty runs must be 1 or more, got " + runs);
        }
        team = Names.require(team, "team");
        reason = Names.optional(reason);
    }
}
