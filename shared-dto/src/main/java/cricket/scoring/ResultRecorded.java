package cricket.scoring;

/**
 * A result given by the officials that the balls alone cannot show: an awarded match, a bowl-out, a DLS par-score
 * result. It overrides the derived result.
 */
public record ResultRecorded(Result result) implements MatchEvent {
    public ResultRecorded {
        if (result == null) {
            throw new IllegalArgumentException("result must be given");
        }
    }
}
