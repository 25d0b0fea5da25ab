package cricket.scoring;

/** A batter leaves the crease between deliveries (Law 25.4). */
public record BatterRetired(String batter, RetirementKind kind) implements MatchEvent {
    public BatterRetired {
        batter = Names.require(batter, "batter");
        if (kind == null) {
            throw new IllegalArgumentException("retirement kind must be HURT, NOT_OUT or OUT");
        }
    }
}
