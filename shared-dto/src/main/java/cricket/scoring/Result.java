package cricket.scoring;

/**
 * How the match ended.
 *
 * @param winner the winning team, {@code null} for a tie (even one settled by super over or bowl-out), draw, no
 *     result
 * @param margin runs (RUNS, INNINGS) or wickets (WICKETS), else {@code null}
 * @param method "D/L", "DLS", "VJD", "Awarded" when not by normal play, else {@code null}
 * @param superOverWinner the team that won the super over(s) (or the boundary count after them) in a tie
 * @param bowlOutWinner the team that won a bowl-out in a tie
 */
public record Result(
        String text,
        String winner,
        ResultKind kind,
        Integer margin,
        String method,
        String superOverWinner,
        String bowlOutWinner) {
    /** More runs than any match has been won by. */
    public static final int MAX_MARGIN = 9_999;

    public Result {
        text = Names.requireText(text, "result.text", Names.REASON);
        Names.given(kind, "result.kind", "one of " + java.util.Arrays.toString(ResultKind.values()));
        if (margin != null) {
            Names.within(margin, 0, kind == ResultKind.WICKETS ? 10 : MAX_MARGIN, "result.margin");
        }
        winner = Names.optional(winner, "result.winner");
        method = Names.optional(method, "result.method");
        superOverWinner = Names.optional(superOverWinner, "result.superOverWinner");
        bowlOutWinner = Names.optional(bowlOutWinner, "result.bowlOutWinner");
    }
}
