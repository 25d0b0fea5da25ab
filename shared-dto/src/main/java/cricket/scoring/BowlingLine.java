package cricket.scoring;

/**
 * One bowler's figures, in bowling order. Runs are those charged to the bowler: off the bat, wides and no-balls
 * (byes, leg-byes and penalty runs are not). Wickets only for bowled, caught, lbw, stumped, hit wicket.
 *
 * @param overs overs in over.ball form ("3.2"): each over the bowler completed counts whole whatever its length, so
 *     a bowler of one five-ball over shows "1" with {@code legalBalls} 5
 */
public record BowlingLine(
        String name, String overs, int legalBalls, int maidens, int runs, int wickets, int wides, int noballs) {}
