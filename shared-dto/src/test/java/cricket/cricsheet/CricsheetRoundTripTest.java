package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.Extras;
import cricket.scoring.MatchEvent;
import cricket.scoring.ReplaceBall;
import cricket.scoring.Undo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CricsheetRoundTripTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The real matches and the synthetic edge files. */
    static Stream<String> files() {
        return Stream.concat(
                Stream.of(
                        "1082591.json",
                        "1187680.json",
                        "1262757.json",
                        "1031659.json",
                        "1082628.json",
                        "1448352.json",
                        "1521264.json",
                        "336025.json",
                        "392186.json"),
                EdgeFilesTest.FILES.stream()
                        // read with its misnamed run-out victim put right, so it is written back corrected
                        .filter(f -> !f.equals("run-out-victim-misnamed.json"))
                        .map(f -> "cricsheet-edge/" + f));
    }

    @ParameterizedTest
    @MethodSource("files")
    void writingAndReadingBackKeepsEveryDeliveryAndTheInningsFields(String file) throws Exception {
        CricsheetMatch first = CricsheetReader.read(FileExpectations.resource(file), file);

        String written = CricsheetWriter.write(first);
        CricsheetMatch second =
                CricsheetReader.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), file);

        JsonNode original = FileExpectations.json(file);
        JsonNode copy = MAPPER.readTree(written);
        assertThat(deliveries(copy)).isEqualTo(deliveries(original));
        assertThat(inningsFields(copy)).isEqualTo(inningsFields(original));
        assertThat(copy.path("info").path("outcome"))
                .isEqualTo(original.path("info").path("outcome"));
        assertThat(copy.path("meta").path("data_version").asText()).isEqualTo(CricsheetWriter.DATA_VERSION);
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.info().withOutcome(null))
                .usingRecursiveComparison()
                .ignoringFields("dataVersion")
                .isEqualTo(first.info().withOutcome(null));
    }

    @Test
    void anUndoneBallIsNotWrittenAndAReplacedBallIsWrittenAsCorrected() throws Exception {
        List<MatchEvent> events =
                new ArrayList<>(CricsheetReader.read(FileExpectations.resource("1082591.json"), "1082591.json")
                        .events());
        int firstBall = indexOfFirstBall(events);
        Delivery original = ((BallBowled) events.get(firstBall)).delivery();
        Delivery corrected = new Delivery(
                original.bowler(),
                original.batter(),
                original.nonStriker(),
                3,
                false,
                Extras.NONE,
                List.of(),
                false,
                null);
        List<MatchEvent> recorded = new ArrayList<>(events.subList(0, firstBall + 2));
        recorded.add(new Undo());
        recorded.add(new ReplaceBall(firstBall + 1, corrected));
        MatchInfo info = CricsheetReader.read(FileExpectations.resource("1082591.json"), "1082591.json")
                .info();

        JsonNode written = MAPPER.readTree(CricsheetWriter.write(info, recorded));

        JsonNode balls = written.path("innings").get(0).path("overs").get(0).path("deliveries");
        assertThat(balls).hasSize(1);
        assertThat(balls.get(0).path("runs").path("batter").asInt()).isEqualTo(3);
    }

    private static int indexOfFirstBall(List<MatchEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof BallBowled) {
                return i;
            }
        }
        throw new IllegalStateException("no ball in the match");
    }

    /** (innings, over, batter, bowler, non_striker, runs, extras, wickets) of every delivery, in order. */
    private static List<JsonNode> deliveries(JsonNode root) {
        List<JsonNode> rows = new ArrayList<>();
        int inningsNumber = 0;
        for (JsonNode innings : root.path("innings")) {
            inningsNumber++;
            for (JsonNode over : innings.path("overs")) {
                for (JsonNode d : over.path("deliveries")) {
                    ObjectNode row = MAPPER.createObjectNode();
                    row.put("innings", inningsNumber);
                    row.put("over", over.path("over").asInt());
                    for (String field : List.of("batter", "bowler", "non_striker", "runs", "extras", "wickets")) {
                        if (d.has(field)) {
                            row.set(field, d.get(field));
                        }
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<JsonNode> inningsFields(JsonNode root) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode innings : root.path("innings")) {
            ObjectNode row = MAPPER.createObjectNode();
            for (String field :
                    List.of("team", "declared", "forfeited", "absent_hurt", "penalty_runs", "target", "super_over")) {
                if (innings.has(field)) {
                    row.set(field, innings.get(field));
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
