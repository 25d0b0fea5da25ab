package cricket.scoring;

/** A fielder credited in a dismissal; a substitute may be unnamed. */
public record Fielder(String name, boolean substitute) {
    public Fielder {
        name = Names.optional(name, "fielder name");
        if (name == null && !substitute) {
            throw new IllegalArgumentException("a fielder must be named unless it is an unknown substitute");
        }
    }
}
