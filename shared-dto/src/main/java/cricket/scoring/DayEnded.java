package cricket.scoring;

/**
 * Stumps: the close of a day's play in a match played over days (Law 12.2: the umpire calls time at the end of each
 * day's play). Recorded between balls; the match goes on the next day from where it stood, so the engine changes
 * nothing but the day. The last day ends with {@link MatchEnded} or a result, not with this.
 *
 * @param day the day whose play has closed: 1 for the first day; each stumps names a later day than the last (a day
 *     lost without a ball may be skipped, or recorded as its own stumps)
 */
public record DayEnded(int day) implements MatchEvent {
    /** The longest match ever played, the Durban Test of March 1939, spanned twelve days. */
    public static final int MAX_DAY = 12;

    public DayEnded {
        if (day < 1 || day > MAX_DAY) {
            throw new IllegalArgumentException("day must be 1-" + MAX_DAY + ", got " + day);
        }
    }
}
