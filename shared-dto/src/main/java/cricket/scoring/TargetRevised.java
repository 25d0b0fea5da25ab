package cricket.scoring;

/**
 * A revised target for the chasing side (DLS or another method); target - 1 need not equal the first innings.
 *
 * <p>Two shapes, as the official sheet gives them. Play resumes after a stoppage with overs lost: the chase goes on
 * for {@code runs} in {@code legalBalls}. Or play was abandoned during the chase ({@code playAbandoned}): the sheet's
 * target is the par score at the stop plus one, the chase ends where it stands, and the result is decided on par
 * (ICC playing conditions, Appendix on the DLS method): ahead of par, the chasing side wins by its score less par in
 * runs; behind par, the fielding side wins by par less that score; level on par, the match is tied.
 *
 * @param runs runs needed to win; with {@code playAbandoned}, the par score at the stop plus one
 * @param legalBalls legal balls available to the chasing side (part-overs allowed), or {@code null} if unchanged; with
 *     {@code playAbandoned}, the balls bowled when play stopped, if given
 * @param method how it was set, e.g. "DLS", "D/L", "VJD", or {@code null}
 * @param playAbandoned play did not resume: the chase is decided on par at this point. Absent in events stored before
 *     it existed, which read as {@code false}; never {@code null} once made.
 */
public record TargetRevised(int runs, Integer legalBalls, String method, Boolean playAbandoned) implements MatchEvent {
    /** Above any target ever set, well below a total that could overflow. */
    public static final int MAX_RUNS = 9_999;

    public TargetRevised {
        Names.within(runs, 1, MAX_RUNS, "target runs");
        if (legalBalls != null) {
            Names.within(legalBalls, 1, MatchRules.MAX_OVERS * 8, "target legalBalls");
        }
        method = Names.optional(method, "method");
        // boxed so that a stored event without the field reads even where null primitives are refused
        playAbandoned = Boolean.TRUE.equals(playAbandoned);
    }

    /** A target for a chase that goes on. */
    public TargetRevised(int runs, Integer legalBalls, String method) {
        this(runs, legalBalls, method, false);
    }

    /** Play abandoned in the chase, decided on {@code par}: the target is par + 1 in the balls already bowled. */
    public static TargetRevised parAtStop(int par, Integer legalBalls, String method) {
        return new TargetRevised(par + 1, legalBalls, method, true);
    }

    /** The par score at the stop: one less than the target. */
    public int par() {
        return runs - 1;
    }
}
