package cricket.scoring;

/**
 * A revised target for the chasing side (DLS or another method); target - 1 need not equal the first innings.
 *
 * @param runs runs needed to win
 * @param legalBalls legal balls available to the chasing side (part-overs allowed), or {@code null} if unchanged
 * @param method how it was set, e.g. "DLS", "D/L", "VJD", or {@code null}
 */
public record TargetRevised(int runs, Integer legalBalls, String method) implements MatchEvent {
    /** Above any target ever set, well below a total that could overflow. */
    public static final int MAX_RUNS = 9_999;

    public TargetRevised {
        Names.within(runs, 1, MAX_RUNS, "target runs");
        if (legalBalls != null) {
            Names.within(legalBalls, 1, MatchRules.MAX_OVERS * 8, "target legalBalls");
        }
        method = Names.optional(method, "method");
    }
}
