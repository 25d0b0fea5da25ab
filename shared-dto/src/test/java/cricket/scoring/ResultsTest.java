package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultsTest {

    /** Two overs a side: India make 12 from singles and Australia bat. */
    private static MatchBuilder chaseOfThirteen() {
        return match(rules(2, 6)).innings("India").play(12, Balls.runs(1)).innings("Australia");
    }

    /** A Test: India 48 declared, Australia 0 all out. */
    private static MatchBuilder testAfterTwoInnings() {
        return match(MatchRules.test())
                .innings("India")
                .play(12, Balls.four())
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia")
                .allOut();
    }

    /** India declare their second innings at 0, leaving Australia 49 to win in the fourth innings. */
    private static MatchBuilder fourthInningsChase() {
        return testAfterTwoInnings()
                .innings("India")
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia");
    }

    private static Result result(MatchBuilder m) {
        return m.state().result().orElseThrow(() -> new AssertionError("the match has no result"));
    }

    @Nested
    class Wins {
        @Test
        void theSideBattingFirstWinsByTheRunsTheChaseFellShort() {
            Result result = result(chaseOfThirteen().play(12, Balls.dot()));

            assertThat(result)
                    .isEqualTo(new Result("India won by 12 runs", "India", ResultKind.RUNS, 12, null, null, null));
        }

        @Test
        void theChasingSideWinsByTheWicketsItHadInHand() {
            MatchBuilder m =
                    chaseOfThirteen().ball(Balls.out(DismissalKind.BOWLED)).batterIn("Marsh");
            m.ball(Balls.out(DismissalKind.LBW)).batterIn("Smith").play(3, Balls.six());

            Result result = result(m);
            assertThat(result.text()).isEqualTo("Australia won by 8 wickets");
            assertThat(result.kind()).isEqualTo(ResultKind.WICKETS);
            assertThat(result.margin()).isEqualTo(8);
        }

        @Test
        void anAbsentHurtBatterReducesTheWicketsInHand() {
            MatchBuilder m =
                    chaseOfThirteen().event(new BatterAbsentHurt("Hazlewood")).play(3, Balls.six());

            assertThat(result(m).text()).isEqualTo("Australia won by 9 wickets");
        }

        @Test
        void aSideBowledOutTwiceForLessThanTheOtherSidesOneInningsLosesByAnInnings() {
            MatchBuilder m = testAfterTwoInnings()
                    .event(new FollowOnEnforced())
                    .event(new InningsStarted("Australia", "Head", "Warner", "Bumrah", false))
                    .play(3, Balls.runs(2))
                    .allOut();

            Result result = result(m);
            assertThat(result.text()).isEqualTo("India won by an innings and 42 runs");
            assertThat(result.kind()).isEqualTo(ResultKind.INNINGS);
            assertThat(result.margin()).isEqualTo(42);
            assertThat(result.winner()).isEqualTo("India");
        }

        @Test
        void aSideFollowingOnCanStillWin() {
            MatchBuilder m = testAfterTwoInnings()
                    .event(new FollowOnEnforced())
                    .event(new InningsStarted("Australia", "Head", "Warner", "Bumrah", false))
                    .play(15, Balls.four())
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .innings("India");
            assertThat(m.card(4).target()).isEqualTo(new Target(13, null));

            m.allOut();

            assertThat(result(m).text()).isEqualTo("Australia won by 12 runs");
        }

        @Test
        void aFourthInningsSideBowledOutShortLosesByRuns() {
            MatchBuilder m = fourthInningsChase().play(5, Balls.runs(2)).allOut();

            assertThat(m.card(4).target()).isEqualTo(new Target(49, null));
            assertThat(result(m).text()).isEqualTo("India won by 38 runs");
        }

        @Test
        void aFourthInningsChaseThatReachesTheTargetWinsByWickets() {
            MatchBuilder m = fourthInningsChase().play(12, Balls.four()).play(1, Balls.runs(1));

            assertThat(result(m).text()).isEqualTo("Australia won by 10 wickets");
        }
    }

    @Nested
    class TiesDrawsAndNoResults {
        @Test
        void levelScoresWithoutASuperOverRuleAreATie() {
            MatchBuilder m = chaseOfThirteen().play(12, Balls.runs(1));

            Result result = result(m);
            assertThat(result.kind()).isEqualTo(ResultKind.TIE);
            assertThat(result.text()).isEqualTo("Match tied");
            assertThat(result.winner()).isNull();
            assertThat(result.margin()).isNull();
        }

        @Test
        void aFourthInningsSideBowledOutLevelTiesATest() {
            MatchBuilder m = fourthInningsChase().play(12, Balls.four()).allOut();

            assertThat(result(m).kind()).isEqualTo(ResultKind.TIE);
        }

        @Test
        void aTestEndedWithoutAWinIsADraw() {
            MatchBuilder m = fourthInningsChase().play(3, Balls.four()).event(new MatchEnded("stumps on day 5"));

            assertThat(result(m)).isEqualTo(new Result("Match drawn", null, ResultKind.DRAW, null, null, null, null));
            assertThat(m.state().status()).isEqualTo(MatchStatus.COMPLETED);
        }

        @Test
        void aLimitedOversMatchAbandonedBeforeTheChaseEndsHasNoResult() {
            MatchBuilder m = chaseOfThirteen().play(3, Balls.runs(1)).event(new MatchEnded("rain"));

            assertThat(result(m).kind()).isEqualTo(ResultKind.NO_RESULT);
            assertThat(result(m).text()).isEqualTo("No result");
            assertThatThrownBy(() -> m.event(new BallBowled(Balls.dot().at("Bumrah", "Warner", "Head"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the match is over: No result; to change it, undo or replace a ball");
        }

        @Test
        void aRainAffectedTieKeepsItsMethod() {
            MatchBuilder m =
                    chaseOfThirteen().event(new TargetRevised(7, 6, "DLS")).play(6, Balls.runs(1));

            Result result = result(m);
            assertThat(result.kind()).isEqualTo(ResultKind.TIE);
            assertThat(result.method()).isEqualTo("DLS");
        }
    }

    @Nested
    class RecordedResults {
        @Test
        void aResultRecordedByTheOfficialsOverridesTheBallsAndClosesTheInnings() {
            Result awarded =
                    new Result("India won (match awarded)", "India", ResultKind.AWARDED, null, "Awarded", null, null);
            MatchBuilder m = chaseOfThirteen().play(2, Balls.six()).event(new ResultRecorded(awarded));

            assertThat(result(m)).isEqualTo(awarded);
            assertThat(m.state().status()).isEqualTo(MatchStatus.COMPLETED);
            assertThat(m.state().next()).isEqualTo(NextAction.MATCH_OVER);
        }

        @Test
        void aBowlOutWinnerIsCarriedWithTheTie() {
            Result bowlOut = new Result(
                    "Match tied (Australia won the bowl-out)", null, ResultKind.TIE, null, null, null, "Australia");
            MatchBuilder m = chaseOfThirteen().play(12, Balls.runs(1)).event(new ResultRecorded(bowlOut));

            assertThat(result(m).bowlOutWinner()).isEqualTo("Australia");
            assertThat(result(m).winner()).isNull();
            assertThat(m.state().scorecard().result()).isEqualTo(bowlOut);
        }
    }
}
