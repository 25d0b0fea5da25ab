package cricket.scoring;

/**
 * One bowler's figures, in bowling order. Runs are those charged to the bowler: off the bat, wides and no-balls
 * (byes, leg-byes and penalty runs are not). Wickets only for bowled, caught, lbw, stumped, hit wicket.
 *
 * @param overs legal balls in over.ball form ("3.2")
 */
public record BowlingLine(
        String name, String overs, int legalBalls, int maidens, int runs, int wickets, int wides, int noballs) {}
