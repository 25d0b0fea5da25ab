package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BallScoringTest {

    private static MatchBuilder t20() {
        return match(MatchRules.t20()).innings("India");
    }

    @Nested
    class RunsOffTheBat {
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
        void runsGoToTheStrikerTheInningsAndTheBowler(int runs) {
            MatchBuilder m =
                    t20().ball(runs == 4 || runs == 6 ? Balls.runs(runs).allRun() : Balls.runs(runs));

            assertThat(m.card(1).runs()).isEqualTo(runs);
            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(runs);
            assertThat(m.batting(1, "Rohit").balls()).isEqualTo(1);
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(runs);
            assertThat(m.card(1).legalBalls()).isEqualTo(1);
        }

        @ParameterizedTest
        @CsvSource({"0,Rohit", "1,Gill", "2,Rohit", "3,Gill", "5,Gill"})
        void strikeChangesOnOddRunsActuallyRun(int runs, String nextStriker) {
            MatchState state = t20().ball(Balls.runs(runs)).state();

            assertThat(state.striker()).contains(nextStriker);
        }

        @Test
        void aBoundaryFourCountsAsAFourAndTheBattersStayAtTheirEnds() {
            MatchBuilder m = t20().ball(Balls.four()).ball(Balls.six());

            assertThat(m.batting(1, "Rohit").fours()).isEqualTo(1);
            assertThat(m.batting(1, "Rohit").sixes()).isEqualTo(1);
            assertThat(m.state().striker()).contains("Rohit");
        }

        @Test
        void fourRunsAllRunAreNotABoundary() {
            MatchBuilder m = t20().ball(Balls.four().allRun());

            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(4);
            assertThat(m.batting(1, "Rohit").fours()).isZero();
            assertThat(m.state().liveScore().thisOver()).containsExactly("4");
        }

        @Test
        void theScorerMayOverrideTheSuggestedStriker() {
            MatchBuilder m = t20().ball(Balls.runs(1).otherBatterFaces());

            assertThat(m.batting(1, "Gill").runs()).isEqualTo(1);
            assertThat(m.state().striker()).contains("Rohit");
        }

        @Test
        void aBallNamingBattersNotAtTheCreaseIsRefused() {
            MatchBuilder m = t20();

            assertThatThrownBy(() -> m.event(new BallBowled(Balls.dot().at("Starc", "Kohli", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("Rohit and Gill are at the crease")
                    .hasMessageContaining("Kohli");
        }
    }

    @Nested
    class Extras {
        @ParameterizedTest
        @CsvSource({"0,1", "1,2", "2,3", "4,5"})
        void aWideAndEveryRunFromItAreWidesChargedToTheBowlerAndNotABallFaced(int ran, int wides) {
            MatchBuilder m = t20().ball(Balls.wide(ran));

            assertThat(m.card(1).extras().wides()).isEqualTo(wides);
            assertThat(m.card(1).runs()).isEqualTo(wides);
            assertThat(m.card(1).legalBalls()).isZero();
            assertThat(m.batting(1, "Rohit").balls()).isZero();
            assertThat(m.batting(1, "Rohit").runs()).isZero();
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(wides);
            assertThat(m.bowling(1, "Starc").wides()).isEqualTo(1);
        }

        @Test
        void aWidePlusOneRunChangesStrikeButFiveWidesToTheBoundaryDoNot() {
            assertThat(t20().ball(Balls.wide(1)).state().striker()).contains("Gill");
            assertThat(t20().ball(Balls.wide(4)).state().striker()).contains("Rohit");
        }

        @Test
        void aNoBallHitForFourGivesTheBatterFourAndCountsAsABallFaced() {
            MatchBuilder m = t20().ball(Balls.noBall(1, 4));

            assertThat(m.card(1).runs()).isEqualTo(5);
            assertThat(m.card(1).extras().noballs()).isEqualTo(1);
            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(4);
            assertThat(m.batting(1, "Rohit").balls()).isEqualTo(1);
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(5);
            assertThat(m.bowling(1, "Starc").noballs()).isEqualTo(1);
            assertThat(m.card(1).legalBalls()).isZero();
        }

        @Test
        void byesAndLegByesOffANoBallAreExtrasNotChargedToTheBowler() {
            MatchBuilder m = t20().ball(Balls.noBall(1, 0).withByes(2))
                    .ball(Balls.noBall(1, 0).withLegbyes(1));

            assertThat(m.card(1).extras()).isEqualTo(new ExtrasCard(0, 2, 2, 1, 0, 5));
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(2);
            assertThat(m.state().striker()).contains("Gill");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void theNoBallPenaltyIsWhatTheRulesAndDataSay(int penalty) {
            MatchRules rules = new MatchRules(20, 6, penalty, false, false, 1, false, true);
            MatchBuilder m = match(rules).innings("India").ball(Balls.noBall(penalty, 1));

            assertThat(m.card(1).extras().noballs()).isEqualTo(penalty);
            assertThat(m.card(1).runs()).isEqualTo(penalty + 1);
            assertThat(m.state().striker()).as("one run was run").contains("Gill");
        }

        @Test
        void legByesAndByesCountToTheInningsButNotToTheBatterOrBowler() {
            MatchBuilder m = t20().ball(Balls.legbyes(1)).ball(Balls.byes(4));

            assertThat(m.card(1).runs()).isEqualTo(5);
            assertThat(m.card(1).extras()).isEqualTo(new ExtrasCard(0, 0, 4, 1, 0, 5));
            assertThat(m.batting(1, "Rohit").runs()).isZero();
            assertThat(m.batting(1, "Gill").balls()).isEqualTo(1);
            assertThat(m.bowling(1, "Starc").runs()).isZero();
        }

        @Test
        void penaltyRunsOnABallGoToTheBattingSideAndNobodyElse() {
            MatchBuilder m = t20().ball(Balls.runs(1).penalty(5));

            assertThat(m.card(1).runs()).isEqualTo(6);
            assertThat(m.card(1).extras().penalty()).isEqualTo(5);
            assertThat(m.bowling(1, "Starc").runs()).isEqualTo(1);
            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(1);
        }

        @Test
        void runsAddUpBowlersPlusByesLegByesAndPenaltiesMakeTheTotal() {
            MatchBuilder m = t20().ball(Balls.wide(2))
                    .ball(Balls.noBall(1, 2))
                    .ball(Balls.byes(1))
                    .ball(Balls.legbyes(2))
                    .ball(Balls.six().penalty(5));
            InningsCard card = m.card(1);
            int bowlers = card.bowling().stream().mapToInt(BowlingLine::runs).sum();
            int batters = card.batting().stream().mapToInt(BattingLine::runs).sum();

            assertThat(bowlers
                            + card.extras().byes()
                            + card.extras().legbyes()
                            + card.extras().penalty())
                    .isEqualTo(card.runs());
            assertThat(batters + card.extras().total()).isEqualTo(card.runs());
        }
    }

    @Nested
    class FreeHits {
        @Test
        void theBallAfterANoBallIsAFreeHitWhenTheRulesSaySo() {
            MatchBuilder m = t20().ball(Balls.noBall(1, 0));

            assertThat(m.state().freeHit()).isTrue();
            assertThat(m.ball(Balls.dot()).state().freeHit()).isFalse();
        }

        @Test
        void aWideOnAFreeHitKeepsTheFreeHit() {
            MatchBuilder m = t20().ball(Balls.noBall(1, 0)).ball(Balls.wide(0));

            assertThat(m.state().freeHit()).isTrue();
        }

        @Test
        void noFreeHitWithoutTheRule() {
            MatchBuilder m = match(MatchRules.test()).innings("India").ball(Balls.noBall(1, 0));

            assertThat(m.state().freeHit()).isFalse();
            assertThat(m.ball(Balls.out(DismissalKind.BOWLED)).card(1).wickets())
                    .isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"BOWLED", "CAUGHT", "LBW", "STUMPED", "HIT_WICKET", "CAUGHT_AND_BOWLED"})
        void theStrikerCannotBeOutThatWayOnAFreeHit(DismissalKind kind) {
            MatchBuilder m = t20().ball(Balls.noBall(1, 0));
            MatchState before = m.state();

            assertThatThrownBy(() -> m.ball(Balls.out(kind, "Carey")))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("free hit")
                    .hasMessageContaining(kind.cricsheetName());
            assertThat(m.state()).isSameAs(before);
        }

        @Test
        void theStrikerCanBeRunOutOnAFreeHit() {
            MatchBuilder m = t20().ball(Balls.noBall(1, 0)).ball(Balls.runs(1).striker(DismissalKind.RUN_OUT, "Smith"));

            assertThat(m.card(1).wickets()).isEqualTo(1);
            assertThat(m.batting(1, "Rohit").dismissal()).isEqualTo("run out (Smith)");
        }
    }

    @Nested
    class Overs {
        @Test
        void anOverEndsAfterSixLegalBallsAndTheEndsChange() {
            MatchBuilder m = t20().ball(Balls.wide(0)).balls(5, Balls.dot());
            assertThat(m.state().next()).isEqualTo(NextAction.BALL);

            m.ball(Balls.dot());

            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BOWLER);
            assertThat(m.state().striker()).contains("Gill");
            assertThat(m.state().lastOverBowler()).contains("Starc");
            assertThat(m.card(1).overs()).isEqualTo("1");
        }

        @Test
        void theHundredHasFiveBallOversAndAllowsConsecutiveSets() {
            MatchBuilder m = match(MatchRules.hundred()).innings("India").balls(5, Balls.dot());

            assertThat(m.card(1).overs()).isEqualTo("1");
            m.ball(Balls.dot());
            assertThat(m.card(1).overs()).isEqualTo("1.1");
            assertThat(m.state().balls().get(5).over()).isEqualTo("1.1");
        }

        @Test
        void overLabelsAreOverDotBallAndIllegalBallsShareTheNextLegalBallsLabel() {
            MatchBuilder m = t20().balls(5, Balls.dot())
                    .ball(Balls.wide(0))
                    .ball(Balls.dot())
                    .bowler("Cummins");
            m.ball(Balls.dot());

            List<String> labels =
                    m.state().balls().stream().map(RecordedBall::over).toList();
            assertThat(labels).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.6", "1.1");
            assertThat(m.card(1).overs()).isEqualTo("1.1");
        }

        @Test
        void aBallBeforeTheNextBowlerIsChosenIsRefused() {
            MatchBuilder m = t20().balls(6, Balls.dot());

            assertThatThrownBy(() -> m.event(new BallBowled(Balls.dot().at("Cummins", "Gill", "Rohit"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("over 1 is complete: choose the next bowler before a ball from Cummins");
        }

        @Test
        void aBowlerMayNotBowlTwoOversInARow() {
            MatchBuilder m = t20().balls(6, Balls.dot());

            assertThatThrownBy(() -> m.bowler("Starc"))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("Starc bowled over 1 and cannot bowl the next over (Law 17.6)");
        }

        @Test
        void aBowlerMayBowlTwoSetsInARowInTheHundred() {
            MatchBuilder m = match(MatchRules.hundred())
                    .innings("India")
                    .balls(5, Balls.dot())
                    .bowler("Starc");

            assertThat(m.state().bowler()).contains("Starc");
        }

        @Test
        void anOverTheUmpiresEndedAfterFiveBallsIsAcceptedAsShort() {
            MatchBuilder m = t20().balls(5, Balls.dot()).bowler("Cummins").ball(Balls.dot());

            assertThat(m.state().balls().get(5).over()).isEqualTo("1.1");
            assertThat(m.card(1).overs()).isEqualTo("1.1");
            assertThat(m.bowling(1, "Starc").maidens()).isEqualTo(1);
            assertThat(m.card(1).legalBalls()).isEqualTo(6);
        }

        @Test
        void anOverThatRanToSevenBallsIsCountedInTheSameOver() {
            MatchBuilder m = t20().balls(7, Balls.dot()).bowler("Cummins").ball(Balls.dot());

            assertThat(m.state().balls().get(6).over()).isEqualTo("0.7");
            assertThat(m.state().balls().get(7).over()).isEqualTo("1.1");
            assertThat(m.bowling(1, "Starc").legalBalls()).isEqualTo(7);
            assertThat(m.bowling(1, "Starc").maidens()).isEqualTo(1);
        }

        @Test
        void aMidOverChangeLetsTheReplacementFinishTheOverAndIsAMaidenForNeither() {
            MatchBuilder m = t20().balls(3, Balls.dot())
                    .event(new BowlerChanged("Cummins", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injury"))
                    .balls(3, Balls.dot());

            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BOWLER);
            assertThat(m.bowling(1, "Starc").legalBalls()).isEqualTo(3);
            assertThat(m.bowling(1, "Cummins").legalBalls()).isEqualTo(3);
            assertThat(m.bowling(1, "Starc").maidens()).isZero();
            assertThat(m.bowling(1, "Cummins").maidens()).isZero();
            assertThat(m.bowling(1, "Cummins").overs()).isEqualTo("0.3");
        }

        @Test
        void aBallFromSomeoneOtherThanTheBowlerIsRefused() {
            MatchBuilder m = t20().ball(Balls.dot());

            assertThatThrownBy(() -> m.event(new BallBowled(Balls.dot().at("Cummins", "Rohit", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("Starc is bowling this over");
        }

        @Test
        void aMaidenIsACompletedOverConcedingNothingToTheBowlerByesAndLegByesDoNotSpoilIt() {
            MatchBuilder m = t20().balls(4, Balls.dot()).ball(Balls.byes(1)).ball(Balls.legbyes(2));

            assertThat(m.bowling(1, "Starc").maidens()).isEqualTo(1);
            assertThat(m.bowling(1, "Starc").runs()).isZero();
        }

        @Test
        void aWideSpoilsAMaiden() {
            MatchBuilder m = t20().ball(Balls.wide(0)).balls(6, Balls.dot());

            assertThat(m.bowling(1, "Starc").maidens()).isZero();
        }

        @Test
        void theInningsClosesWhenTheOversAreDone() {
            MatchBuilder m = match(rules(2, 6)).innings("India").overs(2, Balls.runs(1), "Cummins", "Starc");

            assertThat(m.state().status()).isEqualTo(MatchStatus.INNINGS_BREAK);
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
            assertThat(m.card(1).overs()).isEqualTo("2");
        }

        @Test
        void aBallAfterTheLastOverIsRefused() {
            MatchBuilder m = match(rules(1, 6)).innings("India").balls(6, Balls.dot());

            assertThatThrownBy(() -> m.event(new BallBowled(Balls.runs(2).at("Starc", "Gill", "Rohit"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageStartingWith("innings 1 (India) is closed (its overs are done)");
            assertThat(m.card(1).legalBalls()).isEqualTo(6);
        }

        @Test
        void aLongLastOverIsAcceptedWhenTheSameBowlerIsRecordedBowlingOn() {
            MatchBuilder m = match(rules(1, 6)).innings("India").balls(6, Balls.dot());
            assertThat(m.state().status()).isEqualTo(MatchStatus.INNINGS_BREAK);

            m.event(new BowlerChanged("Starc", BowlerChanged.Why.AS_RECORDED));
            m.event(new BallBowled(Balls.runs(2).at("Starc", "Gill", "Rohit")));

            assertThat(m.card(1).legalBalls()).isEqualTo(7);
            assertThat(m.card(1).runs()).isEqualTo(2);
            assertThat(m.state().status()).isEqualTo(MatchStatus.INNINGS_BREAK);
        }
    }
}
