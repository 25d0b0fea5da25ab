package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.BallBowled;
import cricket.scoring.BatterIn;
import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.ResultRecorded;
import cricket.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays each real match through the engine and checks its scorecard against figures computed from the raw file
 * (CRICSHEET-FORMAT section 6) by {@link FileExpectations}, which shares no code with the reader or the engine.
 */
class CricsheetReplayTest {
    private static final Map<String, Replay> REPLAYS = new ConcurrentHashMap<>();

    /** The engine's state after every event, and the balls where its suggested striker was not the file's. */
    record Replay(CricsheetMatch match, MatchState state, List<String> strikerMismatches, int ballsChecked) {}

    /** The seven development matches and the four archive shapes (two par scores, a super over, a retired out). */
    static final List<String> REAL_FILES = List.of(
            "1082591.json",
            "1187680.json",
            "1262757.json",
            "1031659.json",
            "1082628.json",
            "1448352.json",
            "1521264.json",
            "336025.json",
            "392186.json",
            "756767.json",
            "1208093.json");

    static List<String> realFiles() {
        return REAL_FILES;
    }

    static Replay replay(String file) {
        return REPLAYS.computeIfAbsent(file, f -> {
            CricsheetMatch match = CricsheetReader.read(FileExpectations.resource(f), f);
            MatchState state = MatchState.initial();
            List<String> mismatches = new ArrayList<>();
            int checked = 0;
            MatchEvent previous = null;
            for (MatchEvent event : match.events()) {
                if (event instanceof BallBowled && !(previous instanceof BatterIn)) {
                    String batter = ((BallBowled) event).delivery().batter();
                    String suggested = state.striker().orElse(null);
                    checked++;
                    if (!batter.equals(suggested)) {
                        mismatches.add("event " + (state.seq() + 1) + ": engine suggested " + suggested + ", file has "
                                + batter);
                    }
                }
                state = state.apply(event);
                previous = event;
            }
            return new Replay(match, state, mismatches, checked);
        });
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everyEventOfTheRealMatchIsAcceptedAndTheMatchIsOver(String file) {
        Replay replay = replay(file);

        assertThat(replay.state().seq()).isEqualTo(replay.match().events().size());
        assertThat(replay.state().status().name()).isEqualTo("COMPLETED");
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void inningsTotalsWicketsBallsAndExtrasMatchTheFile(String file) {
        List<FileExpectations.Innings> expected = FileExpectations.of(file).innings;
        List<InningsCard> cards = replay(file).state().scorecard().innings();

        assertThat(cards).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            FileExpectations.Innings want = expected.get(i);
            InningsCard card = cards.get(i);
            String where = file + " innings " + (i + 1);
            assertThat(card.battingTeam()).as(where).isEqualTo(want.team());
            assertThat(card.superOver()).as(where).isEqualTo(want.superOver());
            assertThat(List.of(card.runs(), card.wickets(), card.legalBalls()))
                    .as(where + " runs, wickets, legal balls")
                    .containsExactly(want.runs(), want.wickets(), want.legalBalls());
            assertThat(List.of(
                            card.extras().wides(),
                            card.extras().noballs(),
                            card.extras().byes(),
                            card.extras().legbyes(),
                            card.extras().penalty()))
                    .as(where + " extras w, nb, b, lb, p")
                    .containsExactly(want.wides(), want.noballs(), want.byes(), want.legbyes(), want.penalty());
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everyBatterAndBowlerMatchesTheFile(String file) {
        List<FileExpectations.Innings> expected = FileExpectations.of(file).innings;
        List<InningsCard> cards = replay(file).state().scorecard().innings();

        for (int i = 0; i < expected.size(); i++) {
            String where = file + " innings " + (i + 1);
            Map<String, FileExpectations.Figures> batters = cards.get(i).batting().stream()
                    .collect(Collectors.toMap(
                            BattingLine::name, b -> new FileExpectations.Figures(b.runs(), b.balls(), 0)));
            Map<String, FileExpectations.Figures> bowlers = cards.get(i).bowling().stream()
                    .collect(Collectors.toMap(
                            BowlingLine::name,
                            b -> new FileExpectations.Figures(b.runs(), b.legalBalls(), b.wickets())));
            Map<String, FileExpectations.Figures> wanted = expected.get(i).batters();
            // a batter who came in but faced no ball is on the card and in no delivery as striker
            batters.forEach((name, figures) -> assertThat(figures)
                    .as(where + " batter " + name)
                    .isEqualTo(wanted.getOrDefault(name, new FileExpectations.Figures(0, 0, 0))));
            wanted.forEach((name, figures) -> assertThat(batters.get(name))
                    .as(where + " batter " + name + " (runs, balls)")
                    .isEqualTo(figures));
            assertThat(bowlers)
                    .as(where + " bowlers (runs, legal balls, wickets)")
                    .isEqualTo(expected.get(i).bowlers());
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void battersRunsPlusWidesAndNoBallsEqualBowlersRuns(String file) {
        for (InningsCard card : replay(file).state().scorecard().innings()) {
            int batters = card.batting().stream().mapToInt(BattingLine::runs).sum();
            int bowlers = card.bowling().stream().mapToInt(BowlingLine::runs).sum();

            assertThat(batters + card.extras().wides() + card.extras().noballs())
                    .as(file + " innings " + card.number())
                    .isEqualTo(bowlers);
            assertThat(bowlers
                            + card.extras().byes()
                            + card.extras().legbyes()
                            + card.extras().penalty())
                    .as(file + " innings " + card.number() + " total")
                    .isEqualTo(card.runs());
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void theEngineDerivesTheResultTheFileGives(String file) {
        Replay replay = replay(file);
        JsonNode outcome = FileExpectations.of(file).outcome();
        Scorecard card = replay.state().scorecard();
        Result result = card.result();

        assertThat(replay.match().events()).noneMatch(e -> e instanceof ResultRecorded);
        assertThat(result).as(file + " result").isNotNull();
        assertThat(result.kind()).as(file + " kind").isEqualTo(expectedKind(outcome));
        assertThat(result.winner()).as(file + " winner").isEqualTo(text(outcome, "winner"));
        Integer margin = outcome.path("by").has("wickets")
                ? Integer.valueOf(outcome.path("by").path("wickets").asInt())
                : outcome.path("by").has("runs")
                        ? Integer.valueOf(outcome.path("by").path("runs").asInt())
                        : null;
        assertThat(result.margin()).as(file + " margin").isEqualTo(margin);
        assertThat(result.method()).as(file + " method").isEqualTo(text(outcome, "method"));
        assertThat(result.superOverWinner()).as(file + " super over").isEqualTo(text(outcome, "eliminator"));
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void theSuggestedStrikerIsTheFilesBatterWhereNoNewBatterCameIn(String file) {
        Replay replay = replay(file);

        assertThat(replay.ballsChecked()).isGreaterThan(100);
        assertThat(replay.strikerMismatches()).as(file).isEmpty();
    }

    private static ResultKind expectedKind(JsonNode outcome) {
        if (outcome.has("result")) {
            return switch (outcome.path("result").asText()) {
                case "tie" -> ResultKind.TIE;
                case "draw" -> ResultKind.DRAW;
                default -> ResultKind.NO_RESULT;
            };
        }
        JsonNode by = outcome.path("by");
        return by.has("innings") ? ResultKind.INNINGS : by.has("wickets") ? ResultKind.WICKETS : ResultKind.RUNS;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
