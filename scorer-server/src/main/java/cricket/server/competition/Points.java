package cricket.server.competition;

/**
 * A tournament's points: for a win, a tie and a no result. A tie decided by a super over (or a bowl-out) is a win
 * for its winner and a loss for the other side; a draw scores as a no result.
 */
public record Points(int win, int tie, int noResult) {
    /** The usual league points: 2 a win, 1 a tie or no result. */
    public static final Points DEFAULT = new Points(2, 1, 1);

    public Points {
        check(win, "points.win");
        check(tie, "points.tie");
        check(noResult, "points.noResult");
    }

    private static void check(int value, String field) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(field + " must be 0-100, got " + value);
        }
    }
}
