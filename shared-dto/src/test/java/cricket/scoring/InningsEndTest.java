package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InningsEndTest {

    /** A two-over-a-side match: India make 12 from singles, Australia chase 13. */
    private static MatchBuilder chaseOfThirteen() {
        return match(rules(2, 6)).innings("India").play(12, Balls.runs(1)).innings("Australia");
    }

    /** A Test: India declare at 48 (two overs of fours), Australia are bowled out for 0. */
    private static MatchBuilder testAfterTwoInnings() {
        return match(MatchRules.test())
                .innings("India")
                .play(12, Balls.four())
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia")
                .allOut();
    }

    @Nested
    class AllOut {
        @Test
        void eightWicketsAndTwoAbsentHurtIsAllOut() {
            MatchBuilder m = match(MatchRules.test())
                    .innings("India")
                    .event(new BatterAbsentHurt("Bumrah"))
                    .event(new BatterAbsentHurt("Siraj"))
                    .allOut();

            assertThat(m.card(1).wickets()).isEqualTo(8);
            assertThat(m.card(1).allOut()).isTrue();
            assertThat(m.state().status()).isEqualTo(MatchStatus.INNINGS_BREAK);
            assertThat(m.batting(1, "Bumrah").dismissal()).isEqualTo("absent hurt");
            assertThat(m.batting(1, "Siraj").dismissal()).isEqualTo("absent hurt");
        }

        @Test
        void theLiveScoreOfAnInningsAllOutWithABatterAbsentHurtReadsAllOut() {
            LiveScore live = match(MatchRules.test())
                    .innings("India")
                    .event(new BatterAbsentHurt("Bumrah"))
                    .allOut()
                    .state()
                    .liveScore();

            assertThat(live.wickets()).isEqualTo(9);
            assertThat(live.allOut()).isTrue();
            assertThat(live.declared()).isFalse();
            assertThat(live.summary()).isEqualTo("India 0 all out (" + live.overs() + ")");
        }
    }

    @Nested
    class Declarations {
        @Test
        void aDeclaredInningsIsClosedAndMarkedDeclared() {
            MatchBuilder m = match(MatchRules.test())
                    .innings("India")
                    .play(7, Balls.runs(2))
                    .event(new InningsClosed(ClosureReason.DECLARED));

            assertThat(m.card(1).declared()).isTrue();
            assertThat(m.card(1).allOut()).isFalse();
            assertThat(m.card(1).runs()).isEqualTo(14);
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
            assertThat(m.state().liveScore().summary()).isEqualTo("India 14/0d (1.1)");
            assertThat(m.state().liveScore().declared()).isTrue();
        }

        @Test
        void noBallCanFollowADeclaration() {
            MatchBuilder m = match(MatchRules.test())
                    .innings("India")
                    .ball(Balls.dot())
                    .event(new InningsClosed(ClosureReason.DECLARED));

            assertThatThrownBy(() -> m.ball(Balls.dot()))
                    .isInstanceOf(java.util.NoSuchElementException.class); // no bowler is suggested any more
            assertThatThrownBy(() -> m.event(new BallBowled(Balls.dot().at("Starc", "Rohit", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("innings 1 (India) is closed (declared): nothing more belongs to it; start the next"
                            + " innings, or undo or replace a ball to change it");
        }
    }

    @Nested
    class Forfeits {
        @Test
        void aForfeitedInningsHasNoBallsAndTheNextSideBats() {
            MatchBuilder m = match(MatchRules.test())
                    .innings("India")
                    .play(6, Balls.runs(1))
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .event(new InningsForfeited("Australia"));

            assertThat(m.card(2).forfeited()).isTrue();
            assertThat(m.card(2).runs()).isZero();
            assertThat(m.card(2).legalBalls()).isZero();
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);

            m.event(new InningsStarted("India", "Rohit", "Gill", "Starc", false));
            assertThat(m.card(3).battingTeam()).isEqualTo("India");
        }

        @Test
        void theWrongSideCannotForfeit() {
            MatchBuilder m = match(MatchRules.test()).innings("India").event(new InningsClosed(ClosureReason.DECLARED));

            assertThatThrownBy(() -> m.event(new InningsForfeited("India")))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("innings 2 is Australia's to bat, not India");
        }
    }

    @Nested
    class FollowOn {
        @Test
        void theSideBehindBatsAgainWhenTheFollowOnIsEnforced() {
            MatchBuilder m = testAfterTwoInnings().event(new FollowOnEnforced());

            m.event(new InningsStarted("Australia", "Head", "Warner", "Bumrah", false));

            assertThat(m.card(3).battingTeam()).isEqualTo("Australia");
        }

        @Test
        void withoutTheFollowOnTheLeadingSideBatsThird() {
            MatchBuilder m = testAfterTwoInnings();

            assertThatThrownBy(() -> m.event(new InningsStarted("Australia", "Head", "Warner", "Bumrah", false)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("innings 3 is India's to bat, not Australia (record FollowOnEnforced first)");
        }

        @Test
        void aSideThatDoesNotLeadCannotEnforceTheFollowOn() {
            MatchBuilder m = match(MatchRules.test())
                    .innings("India")
                    .allOut()
                    .innings("Australia")
                    .play(1, Balls.runs(1))
                    .event(new InningsClosed(ClosureReason.DECLARED));

            assertThatThrownBy(() -> m.event(new FollowOnEnforced()))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("India does not lead (0 v 1), so cannot enforce the follow-on (Law 14)");
        }
    }

    @Nested
    class Chases {
        @Test
        void theChaseEndsAsSoonAsTheTargetIsReached() {
            MatchBuilder m = chaseOfThirteen().play(3, Balls.four());
            assertThat(m.state().status()).isEqualTo(MatchStatus.IN_PROGRESS);
            assertThat(m.card(2).target()).isEqualTo(new Target(13, "2"));

            m.ball(Balls.runs(1));

            assertThat(m.card(2).runs()).isEqualTo(13);
            assertThat(m.state().status()).isEqualTo(MatchStatus.COMPLETED);
            assertThat(m.state().next()).isEqualTo(NextAction.MATCH_OVER);
            assertThat(m.state().result().orElseThrow().text()).isEqualTo("Australia won by 10 wickets");
        }

        @Test
        void theLiveScoreShowsRunsNeededBallsLeftAndTheRequiredRate() {
            LiveScore live = chaseOfThirteen().play(6, Balls.runs(1)).state().liveScore();

            assertThat(live.runsNeeded()).isEqualTo(7);
            assertThat(live.ballsRemaining()).isEqualTo(6);
            assertThat(live.requiredRunRate()).isEqualTo(7.0);
            assertThat(live.currentRunRate()).isEqualTo(6.0);
            assertThat(live.summary()).isEqualTo("Australia 6/0 (1) - need 7 from 6 balls");
        }

        @Test
        void aRevisedTargetInPartOversChangesTheRunsAndEndsTheChaseAtItsBalls() {
            MatchBuilder m = match(rules(20, 6))
                    .innings("India")
                    .play(12, Balls.runs(1))
                    .event(new InningsClosed(ClosureReason.CALLED_OFF))
                    .innings("Australia")
                    .event(new TargetRevised(30, 59, "DLS"));

            assertThat(m.card(2).target()).isEqualTo(new Target(30, "9.5"));
            m.play(58, Balls.dot());
            assertThat(m.state().status()).isEqualTo(MatchStatus.IN_PROGRESS);
            assertThat(m.state().liveScore().ballsRemaining()).isEqualTo(1);

            m.play(1, Balls.dot());

            assertThat(m.card(2).overs()).isEqualTo("9.5");
            Result result = m.state().result().orElseThrow();
            assertThat(result.text()).isEqualTo("India won by 29 runs (DLS)");
            assertThat(result.margin()).isEqualTo(29);
            assertThat(result.method()).isEqualTo("DLS");
        }

        @Test
        void aTargetRevisedBeforeTheChaseStartsAppliesToTheChase() {
            MatchBuilder m = match(rules(20, 6))
                    .innings("India")
                    .play(12, Balls.runs(1))
                    .event(new InningsClosed(ClosureReason.CALLED_OFF))
                    .event(new TargetRevised(10, 30, "DLS"))
                    .innings("Australia");

            assertThat(m.card(1).target()).isNull();
            assertThat(m.card(2).target()).isEqualTo(new Target(10, "5"));
            m.play(2, Balls.four()).play(1, Balls.runs(2));
            assertThat(m.state().result().orElseThrow().text()).isEqualTo("Australia won by 10 wickets (DLS)");
        }

        @Test
        void aRevisedTargetAlreadyPassedEndsTheChase() {
            MatchBuilder m = chaseOfThirteen().play(2, Balls.four());

            m.event(new TargetRevised(8, 6, "DLS"));

            assertThat(m.state().status()).isEqualTo(MatchStatus.COMPLETED);
            assertThat(m.state().result().orElseThrow().winner()).isEqualTo("Australia");
        }
    }

    @Nested
    class SuperOvers {
        private MatchBuilder tiedOneOverMatch() {
            MatchRules rules = new MatchRules(1, 6, 1, false, true, 1, false, true);
            return match(rules)
                    .innings("India")
                    .play(6, Balls.runs(1))
                    .innings("Australia")
                    .play(6, Balls.runs(1));
        }

        @Test
        void aTieUnderSuperOverRulesWaitsForTheSuperOver() {
            MatchBuilder m = tiedOneOverMatch();

            assertThat(m.state().result()).isEmpty();
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
        }

        @Test
        void aSuperOverEndsAfterTwoWickets() {
            MatchBuilder m = tiedOneOverMatch().superOver("India").ball(Balls.out(DismissalKind.BOWLED));
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BATTER);
            m.batterIn("Jadeja").ball(Balls.out(DismissalKind.BOWLED));

            assertThat(m.card(3).wickets()).isEqualTo(2);
            assertThat(m.card(3).allOut()).isTrue();
            assertThat(m.card(3).superOver()).isTrue();
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
            assertThat(m.state().liveScore().superOver()).isTrue();
        }

        @Test
        void aTiedSuperOverIsFollowedByAnotherUntilOneSideWins() {
            MatchBuilder m = tiedOneOverMatch()
                    .superOver("India")
                    .play(6, Balls.runs(1))
                    .superOver("Australia")
                    .play(6, Balls.runs(1));
            assertThat(m.state().result()).isEmpty();
            assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);

            m.superOver("Australia")
                    .play(1, Balls.six())
                    .play(5, Balls.dot())
                    .superOver("India")
                    .play(2, Balls.four());

            Result result = m.state().result().orElseThrow();
            assertThat(m.state().scorecard().innings()).hasSize(6);
            assertThat(m.card(6).target()).isEqualTo(new Target(7, "1"));
            assertThat(result.kind()).isEqualTo(ResultKind.TIE);
            assertThat(result.winner()).isNull();
            assertThat(result.superOverWinner()).isEqualTo("India");
            assertThat(result.text()).isEqualTo("Match tied (India won the super over)");
        }

        @Test
        void superOverRunsNeverEnterTheMatchMargin() {
            MatchBuilder m = tiedOneOverMatch()
                    .superOver("India")
                    .play(2, Balls.six())
                    .play(4, Balls.dot())
                    .superOver("Australia")
                    .play(6, Balls.dot());

            assertThat(m.state().result().orElseThrow().margin()).isNull();
            assertThat(m.state().result().orElseThrow().superOverWinner()).isEqualTo("India");
        }

        @Test
        void noSuperOverWithoutATie() {
            MatchRules rules = new MatchRules(1, 6, 1, false, true, 1, false, true);
            MatchBuilder m = match(rules)
                    .innings("India")
                    .play(6, Balls.runs(1))
                    .innings("Australia")
                    .play(6, Balls.dot());

            assertThatThrownBy(() -> m.superOver("India"))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageContaining("the match is over: India won by 6 runs");
        }
    }
}
