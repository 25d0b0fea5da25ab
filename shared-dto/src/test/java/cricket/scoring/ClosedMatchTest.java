package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closed means closed: nothing that belongs to an innings follows its close, and once the match has a result only a
 * correction (Undo, ReplaceBall) or an official result does. Every event type is checked against both rules.
 */
class ClosedMatchTest {
    private static final Delivery DOT = new Delivery("Starc", "Rohit", "Gill", 0, false, null, List.of(), false, null);

    /** The event types that belong to the innings in progress. */
    private static final Set<Class<?>> IN_AN_INNINGS = Set.of(
            BallBowled.class,
            BatterIn.class,
            BowlerChanged.class,
            BatterRetired.class,
            BatterAbsentHurt.class,
            InningsClosed.class);

    private static final Set<Class<?>> CORRECTIONS = Set.of(Undo.class, ReplaceBall.class, ResultRecorded.class);

    /** One event of each permitted type. */
    static Stream<Arguments> everyType() {
        return Stream.of(
                        new MatchStarted(
                                List.of(MatchBuilder.INDIA, MatchBuilder.AUSTRALIA), null, null, MatchRules.t20()),
                        new InningsStarted("Australia", "Head", "Warner", "Bumrah", false),
                        new BallBowled(DOT),
                        new BatterIn("Kohli"),
                        new BowlerChanged("Cummins", BowlerChanged.Why.NEW_OVER),
                        new BatterRetired("Rohit", RetirementKind.HURT),
                        new BatterAbsentHurt("Siraj"),
                        new PenaltyAwarded(5, "Australia", "damaging the pitch"),
                        new InningsClosed(ClosureReason.DECLARED),
                        new InningsForfeited("Australia"),
                        new TargetRevised(100, null, "DLS"),
                        new FollowOnEnforced(),
                        new PlayerReplaced("India", "Jadeja", "Sundar", "concussion_substitute"),
                        new DayEnded(1),
                        new MatchEnded("rain"),
                        new ResultRecorded(new Result(
                                "India were awarded the match", "India", ResultKind.AWARDED, null, null, null, null)),
                        new Undo(),
                        new ReplaceBall(3, DOT))
                .map(e -> Arguments.of(e.typeName(), e));
    }

    @Test
    void everyPermittedTypeIsChecked() {
        Set<Class<?>> permitted =
                Arrays.stream(MatchEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());

        Set<Class<?>> checked = everyType().map(a -> a.get()[1].getClass()).collect(Collectors.toSet());

        assertThat(checked).isEqualTo(permitted);
    }

    /** India 6 from one over; Australia 2 from theirs: India won by 4 runs. */
    private static MatchBuilder won() {
        return match(rules(1, 6))
                .innings("India")
                .balls(6, Balls.runs(1))
                .innings("Australia")
                .ball(Balls.runs(2))
                .balls(5, Balls.dot());
    }

    @Nested
    class AfterTheResult {
        @ParameterizedTest(name = "{0}")
        @MethodSource("cricket.scoring.ClosedMatchTest#everyType")
        void onlyACorrectionOrAnOfficialResultIsAccepted(String type, MatchEvent event) {
            MatchBuilder m = won();
            MatchState before = m.state();
            assertThat(before.result().orElseThrow().text()).isEqualTo("India won by 4 runs");

            if (CORRECTIONS.contains(event.getClass())) {
                assertThat(before.accepts(event.getClass())).isTrue();
                return;
            }
            String why = "the match is over: India won by 4 runs; to change it, undo or replace a ball";
            if (event instanceof MatchStarted) {
                why = "the match has already started: the toss and teams are recorded once";
            }
            assertThat(before.refusal(event.getClass())).contains(why);
            assertThatThrownBy(() -> before.apply(event))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage(why);
            assertThat(before.scorecard()).isEqualTo(won().state().scorecard());
            assertThat(before.result().orElseThrow().text()).isEqualTo("India won by 4 runs");
        }

        @Test
        void aFurtherBallAndAPenaltyCannotTurnTheResultRound() {
            MatchBuilder m = won();

            assertThatThrownBy(() -> m.event(new BallBowled(Balls.six().at("Siraj", "Head", "Warner"))))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the match is over: India won by 4 runs; to change it, undo or replace a ball");
            assertThatThrownBy(() -> m.event(new PenaltyAwarded(10, "Australia", null)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessageStartingWith("the match is over: India won by 4 runs");
            assertThat(m.state().result().orElseThrow().text()).isEqualTo("India won by 4 runs");
        }

        @Test
        void undoReopensTheMatchAndAnOfficialResultOverridesIt() {
            MatchState undone = won().state().apply(new Undo());

            assertThat(undone.result()).isEmpty();
            assertThat(undone.accepts(BallBowled.class)).isTrue();

            Result awarded = new Result(
                    "Australia were awarded the match", "Australia", ResultKind.AWARDED, null, null, null, null);
            assertThat(won().state().apply(new ResultRecorded(awarded)).result())
                    .contains(awarded);
        }

        @Test
        void aReplacedBallThatWouldLeaveLaterBallsAfterTheResultIsRefused() {
            MatchBuilder m = won();
            int firstChaseBall = m.state().balls().get(6).seq();
            Delivery seven = Balls.runs(7).allRun().at("Bumrah", "Head", "Warner");

            assertThatThrownBy(() -> m.event(new ReplaceBall(firstChaseBall, seven)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("the correction would make event " + (firstChaseBall + 1) + " (BallBowled) invalid:"
                            + " the match is over: Australia won by 10 wickets; to change it, undo or replace a ball");
            assertThat(m.state().result().orElseThrow().text()).isEqualTo("India won by 4 runs");
        }

        @Test
        void aReplacedLastBallMayChangeTheResult() {
            MatchBuilder m = won();
            RecordedBall last = m.state().balls().get(11);

            m.event(new ReplaceBall(
                    last.seq(),
                    Balls.six()
                            .at(
                                    "Bumrah",
                                    last.delivery().batter(),
                                    last.delivery().nonStriker())));

            assertThat(m.state().result().orElseThrow().text()).isEqualTo("Australia won by 10 wickets");
        }
    }

    /** Innings 1 closed in each way the Laws know, the match still going. */
    static Stream<Arguments> closedInnings() {
        Map<String, Supplier<MatchBuilder>> ways = new LinkedHashMap<>();
        ways.put("all out", () -> match(MatchRules.t20()).innings("India").allOut());
        ways.put("its overs are done", () -> match(rules(1, 6)).innings("India").balls(6, Balls.dot()));
        ways.put(
                "declared",
                () -> match(MatchRules.test())
                        .innings("India")
                        .ball(Balls.four())
                        .event(new InningsClosed(ClosureReason.DECLARED)));
        ways.put("forfeited", () -> match(MatchRules.test()).event(new InningsForfeited("India")));
        ways.put(
                "play was called off",
                () -> match(MatchRules.t20())
                        .innings("India")
                        .ball(Balls.four())
                        .event(new InningsClosed(ClosureReason.CALLED_OFF)));
        return ways.entrySet().stream()
                .flatMap(way -> everyType()
                        .map(type -> Arguments.of(way.getKey(), type.get()[0], way.getValue(), type.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("closedInnings")
    void nothingThatBelongsToAClosedInningsFollowsIt(
            String how, String type, Supplier<MatchBuilder> closed, MatchEvent event) {
        MatchState before = closed.get().state();
        Scorecard card = before.scorecard();
        assertThat(before.result()).isEmpty();

        if (!IN_AN_INNINGS.contains(event.getClass())) {
            boolean oneDay = !before.rules().orElseThrow().playedOverDays();
            assertThat(before.accepts(event.getClass()))
                    .isEqualTo(!(event instanceof MatchStarted) && !(event instanceof DayEnded && oneDay));
            return;
        }
        String why = "innings 1 (India) is closed (" + how + "): nothing more belongs to it; start the next innings,"
                + " or undo or replace a ball to change it";
        assertThat(before.refusal(event.getClass())).contains(why);
        assertThat(before.accepts(event.getClass())).isFalse();
        assertThatThrownBy(() -> before.apply(event))
                .isInstanceOf(ScoringException.class)
                .hasMessage(why);
        assertThat(before.scorecard()).isEqualTo(card);
    }

    @Test
    void aLongLastOverIsOnlyTheRecordOfTheSameBowlerBowlingOn() {
        MatchBuilder m = match(rules(1, 6)).innings("India").balls(6, Balls.dot());

        assertThatThrownBy(() -> m.event(new BowlerChanged("Cummins", BowlerChanged.Why.AS_RECORDED)))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("innings 1 (India) is closed (its overs are done)");
        assertThatThrownBy(() -> m.event(new BowlerChanged("Starc", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injured")))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("innings 1 (India) is closed (its overs are done)");

        m.event(new BowlerChanged("Starc", BowlerChanged.Why.AS_RECORDED));
        assertThat(m.state().status()).isEqualTo(MatchStatus.IN_PROGRESS);
        m.ball(Balls.four());

        assertThat(m.card(1).runs()).isEqualTo(4);
        assertThat(m.bowling(1, "Starc").overs()).isEqualTo("1");
        assertThat(m.state().next()).isEqualTo(NextAction.START_INNINGS);
    }

    @Test
    void beforeTheStartOnlyTheTossAndTeamsAreAccepted() {
        MatchState none = MatchState.initial();

        assertThat(everyType().map(a -> (MatchEvent) a.get()[1]).filter(e -> none.accepts(e.getClass())))
                .extracting(MatchEvent::typeName)
                .containsExactlyInAnyOrder("MatchStarted", "Undo", "ReplaceBall");
    }

    @Test
    void duringAnOverTheConsoleMayOfferEveryPlayEventButStumpsInAOneDayMatch() {
        MatchState live =
                match(MatchRules.t20()).innings("India").ball(Balls.dot()).state();

        assertThat(everyType().map(a -> (MatchEvent) a.get()[1]).filter(e -> !live.accepts(e.getClass())))
                .extracting(MatchEvent::typeName)
                .containsExactly("MatchStarted", "DayEnded");
    }

    @Test
    void duringAnOverOfATestTheConsoleMayOfferEveryPlayEventStumpsIncluded() {
        MatchState live =
                match(MatchRules.test()).innings("India").ball(Balls.dot()).state();

        assertThat(everyType().map(a -> (MatchEvent) a.get()[1]).filter(e -> !live.accepts(e.getClass())))
                .extracting(MatchEvent::typeName)
                .containsExactly("MatchStarted");
    }
}
