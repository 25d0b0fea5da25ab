package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Events that cannot follow the match so far are refused with a sentence the scorer can act on; nothing changes. */
class RefusalsTest {

    private static MatchBuilder t20() {
        return match(MatchRules.t20()).innings("India");
    }

    /** Asserts {@code event} is refused with {@code message} and that the match reads exactly as before. */
    private static void assertRefused(MatchBuilder m, MatchEvent event, String message) {
        MatchState before = m.state();
        Scorecard card = before.scorecard();
        NextAction next = before.next();

        assertThatThrownBy(() -> m.event(event))
                .isInstanceOf(ScoringException.class)
                .hasMessage(message);

        assertThat(m.state()).isSameAs(before);
        assertThat(before.scorecard()).isEqualTo(card);
        assertThat(before.next()).isEqualTo(next);
    }

    @Nested
    class BeforeAndAroundTheStart {
        @Test
        void nothingCanBeScoredBeforeTheMatchStarts() {
            assertThatThrownBy(() ->
                            MatchState.initial().apply(new InningsStarted("India", "Rohit", "Gill", "Starc", false)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the match has not started: record the toss and teams (MatchStarted) first");
        }

        @Test
        void theMatchStartsOnce() {
            MatchBuilder m = match(MatchRules.t20());

            assertRefused(
                    m,
                    new MatchStarted(
                            List.of(MatchBuilder.INDIA, MatchBuilder.AUSTRALIA),
                            "India",
                            TossDecision.BAT,
                            MatchRules.t20()),
                    "the match has already started: the toss and teams are recorded once");
        }

        @Test
        void theTossWinnerMustBeOneOfTheTeams() {
            assertThatThrownBy(() -> MatchState.initial()
                            .apply(new MatchStarted(
                                    List.of(MatchBuilder.INDIA, MatchBuilder.AUSTRALIA),
                                    "England",
                                    TossDecision.BAT,
                                    MatchRules.t20())))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the toss winner must be one of the two teams [India, Australia], got England");
        }

        @Test
        void theOpeningBowlerMustPlayForTheFieldingSide() {
            assertRefused(
                    match(MatchRules.t20()),
                    new InningsStarted("India", "Rohit", "Gill", "Bumrah", false),
                    "the opening bowler must be a Australia player: Bumrah is not in Australia's squad");
        }

        @Test
        void aSecondInningsCannotStartWhileTheFirstIsInProgress() {
            assertRefused(
                    t20(),
                    new InningsStarted("Australia", "Head", "Warner", "Bumrah", false),
                    "innings 1 is still in progress: close it before starting another");
        }

        @Test
        void theSameSideCannotBatTwiceInARowInALimitedOversMatch() {
            MatchBuilder m = match(rules(1, 6)).innings("India").play(6, Balls.dot());

            assertRefused(
                    m,
                    new InningsStarted("India", "Rohit", "Gill", "Starc", false),
                    "innings 2 is Australia's to bat, not India");
        }
    }

    @Nested
    class DuringAnOver {
        @Test
        void aBallAfterACompleteOverNeedsTheNextBowlerFirst() {
            // (A seventh ball from the same bowler is accepted: umpires do miscount, and Cricsheet records it.)
            assertRefused(
                    t20().play(6, Balls.dot()),
                    new BallBowled(Balls.dot().at("Cummins", "Gill", "Rohit")),
                    "over 1 is complete: choose the next bowler before a ball from Cummins");
        }

        @Test
        void theSameBowlerCannotBowlTwoOversRunning() {
            assertRefused(
                    t20().play(6, Balls.dot()),
                    new BowlerChanged("Starc", BowlerChanged.Why.NEW_OVER),
                    "Starc bowled over 1 and cannot bowl the next over (Law 17.6): choose another bowler");
        }

        @Test
        void aBowlerTheUmpiresLetBowlTwoOversRunningIsRecordedWithTheReason() {
            MatchBuilder m = t20().play(6, Balls.dot())
                    .event(new BowlerChanged("Starc", BowlerChanged.Why.AS_RECORDED, "umpires' error"));

            m.ball(Balls.dot());

            assertThat(m.bowling(1, "Starc").legalBalls()).isEqualTo(7);
            assertThat(m.card(1).overs()).isEqualTo("1.1");
            assertThat(m.state().balls().get(6).over()).isEqualTo("1.1");
        }

        @Test
        void aTypedReasonCannotLetTheSameBowlerBowlTwoOversRunning() {
            // The scorer's words are a note for people: only a change recorded as the umpires allowed it waives 17.6.
            assertRefused(
                    t20().play(6, Balls.dot()),
                    new BowlerChanged("Starc", BowlerChanged.Why.REPLACEMENT_MID_OVER, "umpires' error"),
                    "Starc bowled over 1 and cannot bowl the next over (Law 17.6): choose another bowler");
            assertRefused(
                    t20().play(6, Balls.dot()),
                    new BowlerChanged("Starc", BowlerChanged.Why.NEW_OVER, "the umpires allowed it"),
                    "Starc bowled over 1 and cannot bowl the next over (Law 17.6): choose another bowler");
        }

        @Test
        void theBowlerAlreadyBowlingCannotBeBroughtOn() {
            assertRefused(
                    t20().ball(Balls.dot()),
                    new BowlerChanged("Starc", BowlerChanged.Why.NEW_OVER),
                    "Starc is already bowling");
        }

        @Test
        void theBowlerNamedAgainWithAReasonAfterFiveBallsBowlsTheNextOverAfterAShortOne() {
            MatchBuilder m =
                    t20().play(5, Balls.dot()).event(new BowlerChanged("Starc", BowlerChanged.Why.AS_RECORDED));

            m.ball(Balls.dot());

            assertThat(m.state().balls().get(5).over()).isEqualTo("1.1");
            assertThat(m.bowling(1, "Starc").legalBalls()).isEqualTo(6);
            assertThat(m.bowling(1, "Starc").overs())
                    .as("the short over whole, and one ball")
                    .isEqualTo("1.1");
            assertThat(m.bowling(1, "Starc").maidens()).isEqualTo(1);
        }

        @Test
        void theBowlerAlreadyOnNamedAgainMidOverWithAnyOtherReasonIsStillRefused() {
            // The console's mid-over change always sends a reason ("injured"): picking the same bowler is a slip.
            assertRefused(
                    t20().play(5, Balls.dot()),
                    new BowlerChanged("Starc", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injured"),
                    "Starc is already bowling");
        }

        @Test
        void theStrikerCannotBeBowledCaughtStumpedLbwOrHitWicketOffANoBall() {
            for (DismissalKind kind : List.of(
                    DismissalKind.BOWLED,
                    DismissalKind.CAUGHT,
                    DismissalKind.LBW,
                    DismissalKind.STUMPED,
                    DismissalKind.HIT_WICKET)) {
                assertRefused(
                        t20(),
                        new BallBowled(Balls.noBall(1, 0).striker(kind, "Carey").at("Starc", "Rohit", "Gill")),
                        "a no-ball: Rohit cannot be out " + kind.cricsheetName()
                                + " (only run out, obstructing the field, handled the ball or hit the ball twice)");
            }
        }

        @Test
        void theStrikerCannotBeBowledCaughtOrLbwOffAWide() {
            for (DismissalKind kind : List.of(DismissalKind.BOWLED, DismissalKind.CAUGHT, DismissalKind.LBW)) {
                assertRefused(
                        t20(),
                        new BallBowled(Balls.wide(0).striker(kind, "Carey").at("Starc", "Rohit", "Gill")),
                        "a wide: Rohit cannot be out " + kind.cricsheetName()
                                + " (only stumped, hit wicket, run out or obstructing the field)");
            }
        }

        @Test
        void theStrikerCanBeStumpedOffAWideAndRunOutOffANoBall() {
            MatchState afterWide = t20().ball(Balls.wide(0).striker(DismissalKind.STUMPED, "Carey"))
                    .state();
            assertThat(afterWide.scorecard().innings().get(0).wickets()).isEqualTo(1);
            assertThat(afterWide.scorecard().innings().get(0).bowling().get(0).wickets())
                    .isEqualTo(1);

            MatchState afterNoBall = t20().ball(Balls.noBall(1, 1).striker(DismissalKind.RUN_OUT, "Carey"))
                    .state();
            assertThat(afterNoBall.scorecard().innings().get(0).wickets()).isEqualTo(1);
            assertThat(afterNoBall.scorecard().innings().get(0).bowling().get(0).wickets())
                    .isZero();
        }

        @Test
        void aBatterNotAtTheCreaseCannotFaceTheBall() {
            assertRefused(
                    t20(),
                    new BallBowled(Balls.dot().at("Starc", "Kohli", "Gill")),
                    "Rohit and Gill are at the crease, but the ball names Kohli and Gill");
        }

        @Test
        void aBatterNotAtTheCreaseCannotBeOutOnTheBall() {
            MatchBuilder m = t20();
            Delivery d = new Delivery(
                    "Starc",
                    "Rohit",
                    "Gill",
                    0,
                    false,
                    null,
                    List.of(new Dismissal(DismissalKind.RUN_OUT, "Kohli", List.of())),
                    false,
                    null);

            assertRefused(m, new BallBowled(d), "the player out on this ball must be Rohit or Gill, got Kohli");
        }

        @Test
        void aBatterCannotBeOutTwiceOnOneBall() {
            Delivery d = new Delivery(
                    "Starc",
                    "Rohit",
                    "Gill",
                    0,
                    false,
                    null,
                    List.of(
                            new Dismissal(DismissalKind.RUN_OUT, "Rohit", List.of()),
                            new Dismissal(DismissalKind.BOWLED, "Rohit", List.of())),
                    false,
                    null);

            assertRefused(t20(), new BallBowled(d), "Rohit cannot be out twice on one ball");
        }

        @Test
        void anOutBatterCannotComeBack() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED));

            assertRefused(m, new BatterIn("Rohit"), "Rohit is out and cannot bat again");
        }

        @Test
        void aBatterAlreadyInCannotComeInAgain() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED));

            assertRefused(m, new BatterIn("Gill"), "Gill is already batting");
        }

        @Test
        void aBatterNotAtTheCreaseCannotRetire() {
            assertRefused(
                    t20(),
                    new BatterRetired("Kohli", RetirementKind.HURT),
                    "Kohli is not at the crease, so cannot retire (at the crease: Rohit and Gill)");
        }
    }

    @Nested
    class AfterTheEnd {
        @Test
        void noBallCanBeBowledAfterTheInningsEnds() {
            MatchBuilder m = match(rules(1, 6)).innings("India").play(6, Balls.dot());

            assertRefused(
                    m,
                    new BallBowled(Balls.dot().at("Cummins", "Gill", "Rohit")),
                    "innings 1 (India) is closed (its overs are done): nothing more belongs to it; start the next"
                            + " innings, or undo or replace a ball to change it");
        }

        @Test
        void noBallCanBeBowledAfterTheMatchIsWon() {
            MatchBuilder m = match(rules(1, 6))
                    .innings("India")
                    .play(6, Balls.dot())
                    .innings("Australia")
                    .ball(Balls.runs(1));

            assertRefused(
                    m,
                    new BallBowled(Balls.dot().at("Bumrah", "Warner", "Head")),
                    "the match is over: Australia won by 10 wickets; to change it, undo or replace a ball");
        }

        @Test
        void theMatchEndsOnce() {
            MatchBuilder m = t20().event(new MatchEnded("rain"));

            assertRefused(
                    m,
                    new MatchEnded("rain again"),
                    "the match is over: No result; to change it, undo or replace a ball");
        }

        @Test
        void noInningsCanBeClosedBeforeOneStarts() {
            assertRefused(
                    match(MatchRules.t20()),
                    new InningsClosed(ClosureReason.DECLARED),
                    "no innings has started, so none can be closed");
        }
    }
}
