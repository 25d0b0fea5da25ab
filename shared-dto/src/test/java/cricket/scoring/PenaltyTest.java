package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Laws 41 and 42: five-run penalties, on a ball or off it, to either side, charged to no bowler or batter. */
class PenaltyTest {

    private static MatchBuilder t20() {
        return match(rules(2, 6)).innings("India");
    }

    @Nested
    class OnABall {
        @Test
        void aPenaltyOnAWideAddsToTheWidesWithoutChargingThePenaltyToTheBowler() {
            MatchBuilder m = t20().ball(Balls.wide(1).penalty(5));

            assertThat(m.card(1).runs()).isEqualTo(7);
            assertThat(m.card(1).extras()).isEqualTo(new ExtrasCard(2, 0, 0, 0, 5, 7));
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(2);
            assertThat(m.card(1).legalBalls()).isZero();
        }

        @Test
        void penaltyRunsAreNotRunSoTheStrikeDoesNotChange() {
            MatchBuilder m = t20().ball(Balls.dot().penalty(5));

            assertThat(m.state().striker()).contains("Rohit");
            assertThat(m.batting(1, "Rohit").balls()).isEqualTo(1);
            assertThat(m.state().liveScore().thisOver()).containsExactly("0+5p");
        }
    }

    @Nested
    class OffTheBall {
        @Test
        void penaltyRunsToTheBattingSideGoToTheCurrentInnings() {
            MatchBuilder m = t20().ball(Balls.runs(1)).event(new PenaltyAwarded(5, "India", "ball hit the helmet"));

            assertThat(m.card(1).runs()).isEqualTo(6);
            assertThat(m.card(1).extras().penalty()).isEqualTo(5);
            assertThat(m.card(1).legalBalls()).isEqualTo(1);
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(1);
            assertThat(m.state()
                            .commentary()
                            .get(m.state().commentary().size() - 1)
                            .text())
                    .isEqualTo("5 penalty runs to India (ball hit the helmet)");
        }

        @Test
        void penaltyRunsToAFieldingSideThatHasNotBattedStartItsInnings() {
            MatchBuilder m = t20().event(new PenaltyAwarded(5, "Australia", "damaging the pitch"))
                    .play(12, Balls.runs(1))
                    .innings("Australia");

            assertThat(m.card(1).runs()).isEqualTo(12);
            assertThat(m.card(2).runs()).isEqualTo(5);
            assertThat(m.card(2).extras().penalty()).isEqualTo(5);
            assertThat(m.card(2).target()).isEqualTo(new Target(13, "2"));
        }

        @Test
        void penaltyRunsToAFieldingSideThatHasBattedGoToItsLastInningsAndRaiseTheTarget() {
            MatchBuilder m = t20().play(12, Balls.runs(1)).innings("Australia").play(1, Balls.dot());

            m.event(new PenaltyAwarded(5, "India", "time wasting"));

            assertThat(m.card(1).runs()).isEqualTo(17);
            assertThat(m.card(2).runs()).isZero();
            assertThat(m.card(2).target()).isEqualTo(new Target(18, "2"));
        }

        @Test
        void penaltyRunsCanCompleteAChase() {
            MatchBuilder m = t20().play(12, Balls.runs(1)).innings("Australia").play(2, Balls.four());

            m.event(new PenaltyAwarded(5, "Australia", "fielder's helmet"));

            assertThat(m.card(2).runs()).isEqualTo(13);
            assertThat(m.state().result().orElseThrow().text()).isEqualTo("Australia won by 10 wickets");
        }

        @Test
        void penaltyRunsMustGoToOneOfTheTwoTeams() {
            MatchBuilder m = t20();

            assertThatThrownBy(() -> m.event(new PenaltyAwarded(5, "England", null)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the team awarded penalty runs must be one of [India, Australia], got England");
        }

        @Test
        void penaltyRunsComeInAwardsOfFive() {
            assertThatThrownBy(() -> new PenaltyAwarded(0, "India", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("penalty runs must be 5-50 in units of 5 (Law 41), got 0");
            assertThatThrownBy(() -> new PenaltyAwarded(7, "India", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("penalty runs must be 5-50 in units of 5 (Law 41), got 7");
        }
    }
}
