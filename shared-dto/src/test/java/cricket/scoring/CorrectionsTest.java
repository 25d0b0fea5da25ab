package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Undo and ReplaceBall: corrections are events, and everything after the corrected ball is re-derived. */
class CorrectionsTest {

    /** Seq 1 MatchStarted, seq 2 InningsStarted. */
    private static MatchBuilder t20() {
        return match(MatchRules.t20()).innings("India");
    }

    private static int seqOfBall(MatchBuilder m, int index) {
        return m.state().balls().get(index).seq();
    }

    @Nested
    class Undos {
        @Test
        void undoVoidsTheNewestBallAndItsEffects() {
            MatchBuilder m = t20().ball(Balls.four()).ball(Balls.runs(1));

            m.event(new Undo());

            assertThat(m.state().seq()).isEqualTo(5);
            assertThat(m.card(1).runs()).isEqualTo(4);
            assertThat(m.card(1).legalBalls()).isEqualTo(1);
            assertThat(m.state().striker()).contains("Rohit");
            assertThat(m.state().balls()).hasSize(1);
            assertThat(m.state().commentary()).noneMatch(c -> c.text().contains("1 run"));
        }

        @Test
        void asecondUndoVoidsTheEventBeforeThat() {
            MatchBuilder m = t20().ball(Balls.four()).ball(Balls.runs(1));

            m.event(new Undo()).event(new Undo());

            assertThat(m.card(1).runs()).isZero();
            assertThat(m.state().balls()).isEmpty();
            assertThat(m.state().seq()).isEqualTo(6);
        }

        @Test
        void undoingTheBallThatEndedTheOverReopensIt() {
            MatchBuilder m = t20().play(6, Balls.dot());
            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BOWLER);

            m.event(new Undo());

            assertThat(m.state().next()).isEqualTo(NextAction.BALL);
            assertThat(m.state().bowler()).contains("Starc");
            assertThat(m.bowling(1, "Starc").maidens()).isZero();
        }

        @Test
        void undoingAWicketBringsTheBatterBack() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED));

            m.event(new Undo());

            assertThat(m.card(1).wickets()).isZero();
            assertThat(m.card(1).fallOfWickets()).isEmpty();
            assertThat(m.state().striker()).contains("Rohit");
            assertThat(m.state().next()).isEqualTo(NextAction.BALL);
        }

        @Test
        void thereIsNothingToUndoBeforeTheFirstEvent() {
            assertThatThrownBy(() -> MatchState.initial().apply(new Undo()))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("there is nothing to undo");
        }
    }

    @Nested
    class ReplacedBalls {
        @Test
        void replacingABallReDerivesTheScorecardAndTheStrike() {
            MatchBuilder m = t20().ball(Balls.runs(1)).ball(Balls.dot());
            int first = seqOfBall(m, 0);
            assertThat(m.state().striker()).contains("Gill");

            m.event(new ReplaceBall(first, Balls.four().at("Starc", "Rohit", "Gill")));

            assertThat(m.card(1).runs()).isEqualTo(4);
            assertThat(m.batting(1, "Rohit").runs()).isEqualTo(4);
            assertThat(m.batting(1, "Rohit").fours()).isEqualTo(1);
            // The second ball still names Gill as the striker: the scorer's record stands.
            assertThat(m.batting(1, "Gill").balls()).isEqualTo(1);
            assertThat(m.state().balls().get(0).delivery().batterRuns()).isEqualTo(4);
            assertThat(m.state().balls().get(0).seq()).isEqualTo(first);
        }

        @Test
        void replacingAWideWithALegalBallEndsTheOverEarlier() {
            MatchBuilder m = t20().play(5, Balls.dot()).ball(Balls.wide(0));
            assertThat(m.state().next()).isEqualTo(NextAction.BALL);

            m.event(new ReplaceBall(seqOfBall(m, 5), Balls.dot().at("Starc", "Rohit", "Gill")));

            assertThat(m.state().next()).isEqualTo(NextAction.NEW_BOWLER);
            assertThat(m.card(1).overs()).isEqualTo("1");
            assertThat(m.bowling(1, "Starc").maidens()).isEqualTo(1);
            assertThat(m.state().striker()).contains("Gill");
        }

        @Test
        void aCorrectionThatMakesALaterEventImpossibleIsRefusedNamingThatEvent() {
            MatchBuilder m = t20().ball(Balls.dot()).ball(Balls.dot());
            MatchState before = m.state();
            int first = seqOfBall(m, 0);

            assertThatThrownBy(() -> m.event(new ReplaceBall(
                            first, Balls.out(DismissalKind.BOWLED).at("Starc", "Rohit", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageStartingWith("the correction would make event 4 (BallBowled) invalid: ")
                    .hasMessageContaining("a batter is needed at the crease");
            assertThat(m.state()).isSameAs(before);
            assertThat(before.scorecard().innings().get(0).wickets()).isZero();
        }

        @Test
        void undoingTheWicketThatEndedAnInningsIsRefusedOnceTheNextInningsHasStarted() {
            MatchBuilder m = match(MatchRules.test()).innings("India").allOut().innings("Australia");
            RecordedBall last = m.state().balls().get(m.state().balls().size() - 1);
            Delivery notOut = new Delivery(
                    last.delivery().bowler(),
                    last.delivery().batter(),
                    last.delivery().nonStriker(),
                    0,
                    false,
                    null,
                    List.of(),
                    false,
                    null);

            assertThatThrownBy(() -> m.event(new ReplaceBall(last.seq(), notOut)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the correction would make event " + (last.seq() + 1) + " (InningsStarted) invalid:"
                            + " innings 1 is still in progress: close it before starting another");
            assertThat(m.card(1).wickets()).isEqualTo(10);
        }

        @Test
        void aCorrectedBallThatCannotStandIsRefused() {
            MatchBuilder m = t20().ball(Balls.dot());

            assertThatThrownBy(() -> m.event(new ReplaceBall(3, Balls.dot().at("Cummins", "Rohit", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageStartingWith("the corrected ball cannot stand: ")
                    .hasMessageContaining("Starc is bowling this over");
        }

        @Test
        void onlyABallCanBeReplaced() {
            MatchBuilder m = t20().ball(Balls.dot());

            assertThatThrownBy(() -> m.event(new ReplaceBall(2, Balls.dot().at("Starc", "Rohit", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageStartingWith("event 2 is not a ball in this match's record");
        }

        @Test
        void anUndoneBallCannotBeReplaced() {
            MatchBuilder m = t20().ball(Balls.dot()).event(new Undo());

            assertThatThrownBy(() -> m.event(new ReplaceBall(3, Balls.four().at("Starc", "Rohit", "Gill"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageStartingWith("event 3 is not a ball in this match's record");
        }

        @Test
        void anUndoAfterAReplacementVoidsTheNewestBallNotTheReplacement() {
            MatchBuilder m = t20().ball(Balls.runs(2)).ball(Balls.runs(3));
            m.event(new ReplaceBall(3, Balls.six().at("Starc", "Rohit", "Gill")));

            m.event(new Undo());

            assertThat(m.card(1).runs()).isEqualTo(6);
            assertThat(m.state().balls()).hasSize(1);
        }
    }

    @Nested
    class RefusedEvents {
        @Test
        void aRefusedEventLeavesTheStateAsItWasAndScoringGoesOn() {
            MatchBuilder m = t20().ball(Balls.runs(1)).ball(Balls.four());
            MatchState before = m.state();
            Scorecard card = before.scorecard();

            assertThatThrownBy(() -> before.apply(new BallBowled(Balls.dot().at("Cummins", "Gill", "Rohit"))))
                    .isInstanceOf(ScoringException.class);

            assertThat(before.scorecard()).isEqualTo(card);
            assertThat(before.seq()).isEqualTo(4);
            MatchState after = before.apply(new BallBowled(Balls.runs(2).at("Starc", "Gill", "Rohit")));
            assertThat(after.seq()).isEqualTo(5);
            assertThat(after.scorecard().innings().get(0).runs()).isEqualTo(7);
            assertThat(after.striker()).contains("Gill");
        }

        @Test
        void anOlderStateStillReadsItsOwnScoreAfterNewerBallsAndCanBranch() {
            MatchBuilder m = t20().ball(Balls.runs(1));
            MatchState older = m.state();
            m.ball(Balls.six()).ball(Balls.six());

            assertThat(older.scorecard().innings().get(0).runs()).isEqualTo(1);
            MatchState branch = older.apply(new BallBowled(Balls.four().at("Starc", "Gill", "Rohit")));
            assertThat(branch.scorecard().innings().get(0).runs()).isEqualTo(5);
            assertThat(m.card(1).runs()).isEqualTo(13);
        }
    }
}
