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
    public Result {
        if (kind == null) {
            throw new IllegalArgumentException("result kind must be given");
        }
        winner = Names.optional(winner);
        method = Names.optional(method);
        superOverWinner = Names.optional(superOverWinner);
        bowlOutWinner = Names.optional(bowlOutWinner);
    }
}
