package cricket.scoring;

/**
 * A revised target for the chasing side (DLS or another method); target - 1 need not equal the first innings.
 *
 * @param runs runs needed to win
 * @param legalBalls legal balls available to the chasing side (part-overs allowed), or {@code null} if unchanged
 * @param method how it was set, e.g. "DLS", "D/L", "VJD", or {@code null}
 */
public record TargetRevised(int runs, Integer legalBalls, String method) implements MatchEvent {
    public TargetRevised {
        if (runs < 1) {
            throw new IllegalArgumentException("target runs must be 1 or more, got " + runs);
        }
        if (legalBalls != null && legalBalls < 1) {
            throw new IllegalArgumentException("target legalBalls must be 1 or more, got " + legalBalls);
        }
        method = Names.optional(method);
    }
}
