package cricket.scoring;

/** A delivery was bowled. */
public record BallBowled(Delivery delivery) implements MatchEvent {
    public BallBowled {
        if (delivery == null) {
            throw new IllegalArgumentException("delivery must be given");
        }
    }
}
