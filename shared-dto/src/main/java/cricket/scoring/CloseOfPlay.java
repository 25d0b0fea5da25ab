package cricket.scoring;

/**
 * Where the match stood at stumps on one day, as a scorecard's "close of play" lists it.
 *
 * @param seq the seq of the {@link DayEnded} event, which is also its commentary line's
 * @param day the day whose play closed
 * @param innings the innings in progress (or last closed) at stumps; {@code null} when no innings had begun
 * @param battingTeam that innings' batting side; {@code null} with {@code innings}
 * @param overs that innings' overs in over.ball form ("82", "81.3")
 * @param declared whether that innings had been declared closed by stumps
 * @param allOut whether that innings had closed all out by stumps: no batter left (ten wickets, or fewer with the rest
 *     absent hurt), or as the scorer closed it; the wickets alone cannot tell "245/9" from "245 all out"
 * @param text "Stumps, day 1: England 245/6 (82 overs)", the commentary's line
 */
public record CloseOfPlay(
        int seq,
        int day,
        Integer innings,
        String battingTeam,
        int runs,
        int wickets,
        int legalBalls,
        String overs,
        boolean declared,
        boolean allOut,
        String text) {}
