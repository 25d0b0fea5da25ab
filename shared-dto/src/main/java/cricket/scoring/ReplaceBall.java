package cricket.scoring;

/** Edits a past ball: the {@link BallBowled} at {@code seq} is read as {@code delivery}; all after is re-derived. */
public record ReplaceBall(int seq, Delivery delivery) implements MatchEvent {
    public ReplaceBall {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, got " + seq);
        }
        if (delivery == null) {
            throw new IllegalArgumentException("delivery must be given");
        }
    }
}
