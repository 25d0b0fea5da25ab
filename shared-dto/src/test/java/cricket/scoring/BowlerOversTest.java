package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bowler's overs on the card count each over they completed whole, whatever its length, as scorers and
 * Cricsheet-fed scorecards do; only the balls of an over still going or of an over split between bowlers count by
 * balls.
 */
class BowlerOversTest {
    private static MatchBuilder t20() {
        return match(MatchRules.t20()).innings("India");
    }

    private static String overs(MatchBuilder m, String bowler) {
        return m.bowling(1, bowler).overs();
    }

    private static String liveOvers(MatchBuilder m) {
        return m.state().liveScore().bowler().overs();
    }

    @Test
    void fullOversAndAnOverGoingOnReadAsOversAndBalls() {
        MatchBuilder m = t20().play(6 + 6 + 2, Balls.dot());

        assertThat(overs(m, "Starc")).isEqualTo("1.2");
        assertThat(overs(m, "Cummins")).isEqualTo("1");
        assertThat(liveOvers(m)).isEqualTo("1.2");
    }

    @Test
    void anOverTheUmpiresCalledAfterFiveBallsIsOneOverForItsBowler() {
        // A change of bowler without a reason after five legal balls: the umpires ended the over short.
        MatchBuilder m = t20().play(5, Balls.dot()).bowler("Cummins").play(6, Balls.dot());
        m.bowler("Starc").play(1, Balls.dot());

        assertThat(overs(m, "Starc")).isEqualTo("1.1");
        assertThat(m.bowling(1, "Starc").legalBalls()).isEqualTo(6);
        assertThat(overs(m, "Cummins")).isEqualTo("1");
        assertThat(m.card(1).overs()).isEqualTo("2.1");
    }

    @Test
    void aSevenBallOverIsOneOverForItsBowler() {
        MatchBuilder m = t20().play(6, Balls.dot());
        m.ball(Balls.dot()); // the same bowler on: the umpires miscounted

        assertThat(overs(m, "Starc")).isEqualTo("1");
        assertThat(m.bowling(1, "Starc").legalBalls()).isEqualTo(7);
        assertThat(liveOvers(m)).isEqualTo("1");
    }

    @Test
    void anOverSplitByAnInjuryIsAWholeOverForNeitherBowler() {
        MatchBuilder m = t20().play(2, Balls.dot())
                .event(new BowlerChanged("Cummins", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injured"));
        m.play(4, Balls.dot()).bowler("Zampa").play(6, Balls.dot());

        assertThat(overs(m, "Starc")).isEqualTo("0.2");
        assertThat(overs(m, "Cummins")).isEqualTo("0.4");
        assertThat(overs(m, "Zampa")).isEqualTo("1");
        assertThat(m.card(1).overs()).isEqualTo("2");
    }
}
