package cricket.scoring;

/**
 * Play in the match is over (stumps on the last day, abandonment). The engine derives the result from the innings:
 * a draw, no result, a tie or a win.
 */
public record MatchEnded(String reason) implements MatchEvent {
    public MatchEnded {
        reason = Names.optionalText(reason, "reason", Names.REASON);
    }
}
