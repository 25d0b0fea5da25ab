package cricket.scoring;

/** A batter cannot bat this innings through injury; the side is all out when no one else can come in. */
public record BatterAbsentHurt(String batter) implements MatchEvent {
    public BatterAbsentHurt {
        batter = Names.require(batter, "batter");
    }
}
