package cricket.scoring;

/** What the scorer must record next; the desktop console enables its controls from this. */
public enum NextAction {
    START_MATCH,
    START_INNINGS,
    /** A batter's place at the crease is vacant (wicket or retirement): record {@link BatterIn}. */
    NEW_BATTER,
    /** An over is complete (Law 17.6): record {@link BowlerChanged} with a bowler who did not bowl it. */
    NEW_BOWLER,
    BALL,
    MATCH_OVER
}
