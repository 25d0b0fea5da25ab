package cricket.scoring;

/**
 * The scorer closes the current innings: a declaration (Law 15), all out with fewer than ten wickets because no
 * one else can bat, or play called off.
 */
public record InningsClosed(ClosureReason reason) implements MatchEvent {
    public InningsClosed {
        if (reason == null) {
            throw new IllegalArgumentException(
                    "reason must be one of " + java.util.Arrays.toString(ClosureReason.values()) + ", got nothing");
        }
    }
}
