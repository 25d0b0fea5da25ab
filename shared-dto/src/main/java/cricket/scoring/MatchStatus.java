package cricket.scoring;

/** Where a match stands, as the public views show it. */
public enum MatchStatus {
    NOT_STARTED,
    IN_PROGRESS,
    /** Between innings: the last innings closed and the next has not started (or a super over is due). */
    INNINGS_BREAK,
    COMPLETED
}
