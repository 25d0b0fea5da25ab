package cricket.scoring;

/**
 * A bowler takes the ball: at the start of an over, or mid-over when the bowler cannot finish it (Law 17.8: the
 * replacement finishes the over; each ball belongs to whoever bowled it).
 *
 * @param reason why the change was made mid-over (injury, suspended), or {@code null}
 */
public record BowlerChanged(String bowler, String reason) implements MatchEvent {
    /**
     * The reason that records a change the Laws would refuse but the umpires allowed and the record shows (an
     * imported file): the same bowler on again, after a full over or one the umpires ended short.
     */
    public static final String AS_RECORDED = "bowled two overs running, as recorded";

    public BowlerChanged {
        bowler = Names.require(bowler, "bowler");
        reason = Names.optionalText(reason, "reason", Names.REASON);
    }
}
