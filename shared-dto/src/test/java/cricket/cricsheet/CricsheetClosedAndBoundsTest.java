package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file goes through the engine's rules: a ball after the result or a value out of bounds is one line, placed. */
class CricsheetClosedAndBoundsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void readAndReplay(Consumer<JsonNode> edit) throws Exception {
        JsonNode document = FileExpectations.json("1082591.json");
        edit.accept(document);
        byte[] bytes = MAPPER.writeValueAsBytes(document);
        CricsheetMatch match = CricsheetReader.read(new ByteArrayInputStream(bytes), "1082591.json");
        CricsheetReplay.replay(match, "1082591.json");
    }

    private static ArrayNode lastOver(JsonNode document, int innings) {
        ArrayNode overs = (ArrayNode) document.path("innings").get(innings).path("overs");
        return (ArrayNode) overs.get(overs.size() - 1).path("deliveries");
    }

    @Test
    void aBallAfterTheResultIsRefusedNamingTheInningsAndTheBall() {
        // Royal Challengers Bangalore were all out at 19.4, 35 runs short: a fifth ball comes after the result.
        assertThatThrownBy(() -> readAndReplay(d -> {
                    ArrayNode last = lastOver(d, 1);
                    ObjectNode extra = last.get(0).deepCopy();
                    extra.remove("wickets");
                    extra.put("batter", "S Badree").put("non_striker", "TS Mills");
                    last.add(extra);
                }))
                .isInstanceOf(CricsheetFormatException.class)
                .hasMessageStartingWith("1082591.json: innings 2, over 19.5: the engine refused ")
                .hasMessageEndingWith(
                        ": the match is over: Sunrisers Hyderabad won by 35 runs; to change it, undo or replace a ball");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "runs.batter, 9, 'runs.batter must be a whole number 0-8, got 9'",
        "extras.wides, 10, 'extras.wides must be a whole number 0-9, got 10'",
        "extras.penalty, 3, 'extras.penalty must be 0-10 in units of 5 (Law 41), got 3'",
    })
    void aValueOutOfBoundsIsRefusedNamingTheInningsTheBallAndTheField(String field, int value, String message) {
        assertThatThrownBy(() -> readAndReplay(d -> {
                    ObjectNode ball = (ObjectNode) d.path("innings")
                            .get(1)
                            .path("overs")
                            .get(14)
                            .path("deliveries")
                            .get(2);
                    String[] path = field.split("\\.");
                    ball.with(path[0]).put(path[1], value);
                    ball.remove("runs");
                    ball.with("runs").put("batter", path[1].equals("batter") ? value : 0);
                }))
                .isInstanceOf(CricsheetFormatException.class)
                .hasMessage("1082591.json: innings 2, over 14.3: " + message);
    }

    @Test
    void commentaryOrANameWithAControlCharacterIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> readAndReplay(d -> ((ObjectNode) d.path("innings")
                                .get(1)
                                .path("overs")
                                .get(14)
                                .path("deliveries")
                                .get(2))
                        .put("bowler", "B Kumar\u0000")))
                .isInstanceOf(CricsheetFormatException.class)
                .hasMessageStartingWith("1082591.json: info: player of Sunrisers Hyderabad must be at most 100"
                        + " characters without control characters, got U+0000");
    }
}
