package cricket.scoring;

/**
 * A result given by the officials or by a match's record.
 *
 * @param result the result as recorded
 * @param standing whether it stands over the balls; absent (stored before it existed) reads as {@link
 *     Standing#OFFICIAL}
 */
public record ResultRecorded(Result result, Standing standing) implements MatchEvent {
    /** How a recorded result stands beside the one the balls show. */
    public enum Standing {
        /**
         * The officials' result, which the balls alone cannot show (an awarded match, a bowl-out, a countback, a par
         * score not in the record) or which they overrule: it is the match's result.
         */
        OFFICIAL,
        /**
         * A record's result that differs from what its balls decide (a slip in the source, such as a margin a run
         * out): the balls' result stands and the scorecard shows this one beside it.
         */
        BESIDE_THE_BALLS
    }

    public ResultRecorded {
        if (result == null) {
            throw new IllegalArgumentException("result must be given");
        }
        if (standing == null) {
            standing = Standing.OFFICIAL;
        }
    }

    /** The officials' result. */
    public ResultRecorded(Result result) {
        this(result, Standing.OFFICIAL);
    }
}
