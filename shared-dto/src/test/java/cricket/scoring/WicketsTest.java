package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WicketsTest {

    private static MatchBuilder t20() {
        return match(MatchRules.t20()).innings("India");
    }

    @Nested
    class DismissalKinds {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "BOWLED|          |b Starc|true",
                    "CAUGHT|Smith     |c Smith b Starc|true",
                    "CAUGHT|Starc     |c & b Starc|true",
                    "CAUGHT_AND_BOWLED|Starc|c & b Starc|true",
                    "LBW|             |lbw b Starc|true",
                    "STUMPED|Carey    |st Carey b Starc|true",
                    "HIT_WICKET|      |hit wicket b Starc|true",
                    "RUN_OUT|Maxwell  |run out (Maxwell)|false",
                    "OBSTRUCTING_THE_FIELD| |obstructing the field|false",
                    "HANDLED_THE_BALL|    |handled the ball|false",
                    "HIT_THE_BALL_TWICE|  |hit the ball twice|false"
                })
        void everyDismissalIsAWicketCreditedToTheBowlerOnlyWhereTheLawsGiveIt(
                DismissalKind kind, String fielder, String text, boolean bowlerCredited) {
            Balls ball = fielder == null ? Balls.out(kind) : Balls.out(kind, fielder);
            MatchBuilder m = t20().ball(ball);

            assertThat(m.card(1).wickets()).isEqualTo(1);
            assertThat(m.batting(1, "Rohit").dismissal()).isEqualTo(text);
            assertThat(m.batting(1, "Rohit").out()).isTrue();
            assertThat(m.bowling(1, "Starc").wickets()).isEqualTo(bowlerCredited ? 1 : 0);
            assertThat(m.card(1).fallOfWickets()).containsExactly(new FallOfWicket(1, 0, "0.1", "Rohit"));
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BATTER);
        }

        @Test
        void aSubstituteFielderIsShownAsSub() {
            Delivery d = new Delivery(
                    "Starc",
                    "Rohit",
                    "Gill",
                    0,
                    false,
                    null,
                    List.of(new Dismissal(DismissalKind.CAUGHT, "Rohit", List.of(new Fielder("Green", true)))),
                    false,
                    null);
            MatchBuilder m = t20().event(new BallBowled(d));

            assertThat(m.batting(1, "Rohit").dismissal()).isEqualTo("c sub (Green) b Starc");
        }

        @Test
        void aTimedOutBatterIsOutWithoutFacingAndTheCreaseIsUnchanged() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED))
                    .batterIn("Kohli")
                    .ball(Balls.dot().playerOut(DismissalKind.TIMED_OUT, "Iyer"));

            assertThat(m.card(1).wickets()).isEqualTo(2);
            assertThat(m.batting(1, "Iyer").dismissal()).isEqualTo("timed out");
            assertThat(m.batting(1, "Iyer").balls()).isZero();
            assertThat(m.bowling(1, "Starc").wickets()).isEqualTo(1);
            assertThat(m.state().next()).isEqualTo(NextAction.BALL);
        }

        @Test
        void aPlayerNotAtTheCreaseCannotBeOutOnTheBall() {
            MatchBuilder m = t20();

            assertThatThrownBy(() -> m.ball(Balls.dot().playerOut(DismissalKind.BOWLED, "Kohli")))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the player out on this ball must be Rohit or Gill, got Kohli");
        }
    }

    @Nested
    class RunOuts {
        @Test
        void theStrikerRunOutGoingForTheSecondKeepsTheFirstRunAndTheNewBatterFillsHisEnd() {
            MatchBuilder m = t20().ball(Balls.runs(1)
                    .striker(DismissalKind.RUN_OUT, "Smith")
                    .crossed());

            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(1);
            assertThat(m.card(1).runs()).isEqualTo(1);
            assertThat(m.card(1).fallOfWickets().get(0).runs()).isEqualTo(1);
            // one run takes Rohit to the far end; crossing on the second leaves Gill at the far end, Rohit's place
            // is the striker's end
            m.batterIn("Kohli");
            assertThat(m.state().striker()).contains("Kohli");
            assertThat(m.state().nonStriker()).contains("Gill");
        }

        @Test
        void theNonStrikerCanBeRunOutAndCompletedRunsCount() {
            MatchBuilder m = t20().ball(Balls.runs(2).nonStrikerOut(DismissalKind.RUN_OUT, "Head", "Carey"));

            assertThat(m.batting(1, "Gill").dismissal()).isEqualTo("run out (Head/Carey)");
            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(2);
            assertThat(m.batting(1, "Rohit").out()).isFalse();
            m.batterIn("Kohli");
            assertThat(m.state().striker()).contains("Rohit");
            assertThat(m.state().nonStriker()).contains("Kohli");
        }

        @Test
        void twoWicketsCanFallOnOneBallAndBothNeedNewBatters() {
            MatchBuilder m = t20().ball(Balls.dot()
                    .striker(DismissalKind.OBSTRUCTING_THE_FIELD)
                    .nonStrikerOut(DismissalKind.RUN_OUT, "Smith"));

            assertThat(m.card(1).wickets()).isEqualTo(2);
            assertThat(m.card(1).fallOfWickets()).extracting(FallOfWicket::runs).containsExactly(0, 0);
            m.batterIn("Kohli");
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BATTER);
            m.batterIn("Iyer");
            assertThat(m.state().next()).isEqualTo(NextAction.BALL);
        }
    }

    @Nested
    class NewBatters {
        @Test
        void underLaw1811TheBatterReplacingACaughtBatterTakesStrikeWhateverTheCrossing() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.CAUGHT, "Smith").crossed())
                    .batterIn("Kohli");

            assertThat(m.state().striker()).contains("Kohli");
        }

        @Test
        void beforeLaw1811TheNotOutBatterTakesStrikeWhenTheyCrossed() {
            MatchRules old = new MatchRules(20, 6, 1, false, false, 1, false, false);
            MatchBuilder m = match(old)
                    .innings("India")
                    .ball(Balls.out(DismissalKind.CAUGHT, "Smith").crossed())
                    .batterIn("Kohli");

            assertThat(m.state().striker()).contains("Gill");
            assertThat(m.state().nonStriker()).contains("Kohli");
        }

        @Test
        void aCatchOnTheLastBallOfTheOverPutsTheNewBatterAtTheNonStrikersEnd() {
            MatchBuilder m = t20().balls(5, Balls.dot())
                    .ball(Balls.out(DismissalKind.CAUGHT, "Smith"))
                    .batterIn("Kohli")
                    .bowler("Cummins");

            assertThat(m.state().striker()).contains("Gill");
            assertThat(m.state().nonStriker()).contains("Kohli");
        }

        @Test
        void aBallIsRefusedWhileAPlaceAtTheCreaseIsVacant() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED));

            assertThatThrownBy(() -> m.event(new BallBowled(Balls.dot().at("Starc", "Gill", "Kohli"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("record the new batter");
        }

        @Test
        void aDismissedBatterCannotBatAgain() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED));

            assertThatThrownBy(() -> m.batterIn("Rohit"))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("Rohit is out and cannot bat again");
        }

        @Test
        void aNewBatterMustBeInTheBattingSquad() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED));

            assertThatThrownBy(() -> m.batterIn("Smith"))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("Smith is not in India's squad");
        }

        @Test
        void noNewBatterWhileBothAreIn() {
            assertThatThrownBy(() -> t20().batterIn("Kohli"))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("both batters are at the crease");
        }
    }

    @Nested
    class Retirements {
        @Test
        void retiredHurtIsNotAWicketAndTheBatterMayResumeOnTheSameLine() {
            MatchBuilder m = t20().ball(Balls.four())
                    .event(new BatterRetired("Rohit", RetirementKind.HURT))
                    .batterIn("Kohli");
            assertThat(m.card(1).wickets()).isZero();
            assertThat(m.batting(1, "Rohit").dismissal()).isEqualTo("retired hurt");
            assertThat(m.batting(1, "Rohit").out()).isFalse();

            m.ball(Balls.out(DismissalKind.BOWLED)).batterIn("Rohit").ball(Balls.runs(2));

            assertThat(m.card(1).batting()).extracting(BattingLine::name).containsExactly("Rohit", "Gill", "Kohli");
            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(6);
            assertThat(m.batting(1, "Rohit").dismissal()).isEqualTo("not out");
        }

        @Test
        void retiredNotOutIsShownAndIsNotAWicket() {
            MatchBuilder m = t20().event(new BatterRetired("Gill", RetirementKind.NOT_OUT));

            assertThat(m.batting(1, "Gill").dismissal()).isEqualTo("retired not out");
            assertThat(m.card(1).wickets()).isZero();
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BATTER);
        }

        @Test
        void retiredOutIsAWicketCreditedToNobody() {
            MatchBuilder m = t20().ball(Balls.dot()).event(new BatterRetired("Gill", RetirementKind.OUT));

            assertThat(m.card(1).wickets()).isEqualTo(1);
            assertThat(m.batting(1, "Gill").out()).isTrue();
            assertThat(m.card(1).bowling()).allMatch(b -> b.wickets() == 0);
            assertThat(m.card(1).fallOfWickets()).containsExactly(new FallOfWicket(1, 0, "0.1", "Gill"));
        }

        @Test
        void retiredHurtRecordedOnABallAsCricsheetDoesIsNotAWicket() {
            MatchBuilder m = t20().ball(Balls.dot().striker(DismissalKind.RETIRED_HURT));

            assertThat(m.card(1).wickets()).isZero();
            assertThat(m.batting(1, "Rohit").dismissal()).isEqualTo("retired hurt");
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BATTER);
        }

        @Test
        void onlyABatterAtTheCreaseCanRetire() {
            assertThatThrownBy(() -> t20().event(new BatterRetired("Kohli", RetirementKind.HURT)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("Kohli is not at the crease");
        }
    }

    @Nested
    class AllOut {
        private MatchBuilder wickets(MatchBuilder m, int count) {
            List<String> next =
                    List.of("Kohli", "Iyer", "Rahul", "Pandya", "Jadeja", "Axar", "Kuldeep", "Bumrah", "Siraj");
            for (int i = 0; i < count; i++) {
                if (m.state().next() == NextAction.NEW_BOWLER) {
                    m.bowler(m.state().lastOverBowler().orElseThrow().equals("Starc") ? "Cummins" : "Starc");
                }
                m.ball(Balls.out(DismissalKind.BOWLED));
                if (i < count - 1 && i < next.size()) {
                    m.batterIn(next.get(i));
                }
            }
            return m;
        }

        @Test
        void tenWicketsEndTheInnings() {
            MatchBuilder m = wickets(t20(), 10);

            assertThat(m.card(1).wickets()).isEqualTo(10);
            assertThat(m.state().status()).isEqualTo(MatchStatus.INNINGS_BREAK);
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
        }

        @Test
        void nineWicketsAndOneAbsentHurtIsAllOut() {
            MatchBuilder m = t20().event(new BatterAbsentHurt("Siraj"));
            wickets(m, 9);

            assertThat(m.card(1).wickets()).isEqualTo(9);
            assertThat(m.state().status()).isEqualTo(MatchStatus.INNINGS_BREAK);
            assertThat(m.batting(1, "Siraj").dismissal()).isEqualTo("absent hurt");
        }

        @Test
        void theScorerClosesAllOutWhenARetiredHurtBatterCannotReturn() {
            MatchBuilder m = wickets(t20(), 9).batterIn("Siraj");
            // Axar, the not-out batter, retires hurt: he may come back, so the engine waits for a batter.
            m.event(new BatterRetired("Axar", RetirementKind.HURT));
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BATTER);
            assertThat(m.state().status()).isEqualTo(MatchStatus.IN_PROGRESS);

            // He cannot return, so the scorer closes the innings: all out with nine wickets.
            m.event(new InningsClosed(ClosureReason.ALL_OUT));

            assertThat(m.card(1).wickets()).isEqualTo(9);
            assertThat(m.batting(1, "Axar").dismissal()).isEqualTo("retired hurt");
            assertThat(m.batting(1, "Axar").out()).isFalse();
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
        }

        @Test
        void aBatterWhoHasBattedCannotBeAbsentHurt() {
            assertThatThrownBy(() -> t20().event(new BatterAbsentHurt("Rohit")))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("Rohit has batted this innings and cannot be absent hurt");
        }
    }
}
