package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every event type the sealed interface permits is folded by the engine and travels as JSON with its type. */
class MatchEventTest {

    private static final Delivery DOT = new Delivery("Starc", "Rohit", "Gill", 0, false, null, List.of(), false, null);

    /** One event of each type, with a match it can follow. */
    private static Map<MatchEvent, Supplier<MatchState>> samples() {
        Map<MatchEvent, Supplier<MatchState>> samples = new LinkedHashMap<>();
        Supplier<MatchState> none = MatchState::initial;
        Supplier<MatchState> started = () -> match(MatchRules.test()).state();
        Supplier<MatchState> batting =
                () -> match(MatchRules.test()).innings("India").state();
        Supplier<MatchState> oneBall = () ->
                match(MatchRules.test()).innings("India").ball(Balls.dot()).state();
        Supplier<MatchState> wicket = () -> match(MatchRules.test())
                .innings("India")
                .ball(Balls.out(DismissalKind.BOWLED))
                .state();
        Supplier<MatchState> overDone = () ->
                match(MatchRules.test()).innings("India").balls(6, Balls.dot()).state();
        Supplier<MatchState> declared = () -> match(MatchRules.test())
                .innings("India")
                .ball(Balls.four())
                .event(new InningsClosed(ClosureReason.DECLARED))
                .state();
        Supplier<MatchState> leadAfterTwo = () -> match(MatchRules.test())
                .innings("India")
                .ball(Balls.four())
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia")
                .event(new InningsClosed(ClosureReason.DECLARED))
                .state();

        samples.put(
                new MatchStarted(
                        List.of(MatchBuilder.INDIA, MatchBuilder.AUSTRALIA),
                        "India",
                        TossDecision.BAT,
                        MatchRules.test()),
                none);
        samples.put(new InningsStarted("India", "Rohit", "Gill", "Starc", false), started);
        samples.put(new BallBowled(DOT), batting);
        samples.put(new BatterIn("Kohli"), wicket);
        samples.put(new BowlerChanged("Cummins", BowlerChanged.Why.NEW_OVER), overDone);
        samples.put(new BatterRetired("Rohit", RetirementKind.HURT), batting);
        samples.put(new BatterAbsentHurt("Siraj"), batting);
        samples.put(new PenaltyAwarded(5, "Australia", "damaging the pitch"), batting);
        samples.put(new InningsClosed(ClosureReason.DECLARED), batting);
        samples.put(new InningsForfeited("Australia"), declared);
        samples.put(new TargetRevised(200, 270, "DLS"), batting);
        samples.put(new FollowOnEnforced(), leadAfterTwo);
        samples.put(new PlayerReplaced("India", "Jadeja", "Sundar", "concussion_substitute"), batting);
        samples.put(new DayEnded(1), batting);
        samples.put(new MatchEnded("stumps"), batting);
        samples.put(
                new ResultRecorded(
                        new Result("India won (awarded)", "India", ResultKind.AWARDED, null, "Awarded", null, null)),
                batting);
        samples.put(new Undo(), oneBall);
        samples.put(
                new ReplaceBall(3, new Delivery("Starc", "Rohit", "Gill", 4, false, null, List.of(), false, null)),
                oneBall);
        return samples;
    }

    @Test
    void thereIsASampleOfEveryPermittedEventType() {
        Set<Class<?>> permitted =
                Arrays.stream(MatchEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> sampled =
                samples().keySet().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void theEngineFoldsEveryPermittedEventType() {
        samples().forEach((event, state) -> {
            MatchState before = state.get();
            MatchState after = before.apply(event);

            assertThat(after.seq()).as(event.typeName()).isEqualTo(before.seq() + 1);
            assertThat(after.commentary()).as(event.typeName()).isNotEqualTo(before.commentary());
        });
    }

    @Test
    void everyEventTypeRoundTripsThroughJacksonWithItsTypeName() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (MatchEvent event : samples().keySet()) {
            String text = json.writerFor(MatchEvent.class).writeValueAsString(event);
            JsonNode tree = json.readTree(text);

            assertThat(tree.get("type").asText())
                    .as(text)
                    .isEqualTo(event.getClass().getSimpleName());
            assertThat(tree.get("type").asText()).isEqualTo(event.typeName());
            assertThat(json.readValue(text, MatchEvent.class)).as(text).isEqualTo(event);
        }
    }
}
