package cricket.scoring;

/** A batter walks in to fill the vacancy at the crease: a new batter, or a retired one resuming (Law 25.4.2). */
public record BatterIn(String batter) implements MatchEvent {
    public BatterIn {
        batter = Names.require(batter, "batter");
    }
}
