package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.BowlerChanged;
import cricket.scoring.MatchEvent;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CricsheetReplayRefusalTest {

    private static CricsheetMatch ipl() {
        return CricsheetReader.read(FileExpectations.resource("1082591.json"), "1082591.json");
    }

    @Test
    void aFileReplaysToTheSameStateAsTheEngineGivesItsEvents() {
        CricsheetMatch match = ipl();

        assertThat(CricsheetReplay.replay(match, "1082591.json").seq())
                .isEqualTo(match.events().size());
    }

    @Test
    void anEventTheEngineRefusesNamesTheFileTheInningsAndTheBall() {
        CricsheetMatch match = ipl();
        List<MatchEvent> events = new ArrayList<>(match.events());
        events.remove(events.stream()
                .filter(e -> e instanceof BowlerChanged)
                .findFirst()
                .orElseThrow());
        CricsheetMatch broken = new CricsheetMatch(match.sourceId(), match.info(), events, match.balls());

        assertThatThrownBy(() -> CricsheetReplay.replay(broken, "1082591.json"))
                .isInstanceOf(CricsheetFormatException.class)
                .hasMessageStartingWith("1082591.json: innings 1, over 1.1: the engine refused this delivery: over 1 is"
                        + " complete: choose the next bowler")
                .satisfies(e -> {
                    CricsheetFormatException bad = (CricsheetFormatException) e;
                    assertThat(bad.file()).isEqualTo("1082591.json");
                    assertThat(bad.innings()).isEqualTo(1);
                    assertThat(bad.over()).isEqualTo("1.1");
                    assertThat(bad.field()).isNull();
                });
    }

    @Test
    void theBallIsNamedByItsPlaceInTheFileWidesIncludedNotByTheEnginesLegalBallCount() throws Exception {
        // Over 0 with its first ball a wide; its sixth delivery (the fifth legal one) an lbw off a wide, which the
        // Laws rule out: the error must point at 0.6, where the ball stands in the file, not at the engine's 0.5.
        ObjectNode root = (ObjectNode) FileExpectations.json("1082591.json");
        ArrayNode over0 = (ArrayNode) root.at("/innings/0/overs/0/deliveries");
        ObjectNode first = (ObjectNode) over0.get(0);
        first.putObject("extras").put("wides", 1);
        first.putObject("runs").put("batter", 0).put("extras", 1).put("total", 1);
        ObjectNode sixth = (ObjectNode) over0.get(5);
        sixth.putObject("extras").put("wides", 1);
        sixth.putObject("runs").put("batter", 0).put("extras", 1).put("total", 1);
        sixth.putArray("wickets")
                .addObject()
                .put("player_out", sixth.get("batter").asText())
                .put("kind", "lbw");
        CricsheetMatch edited = CricsheetReader.read(
                new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(root)), "edited.json");

        assertThatThrownBy(() -> CricsheetReplay.replay(edited, "edited.json"))
                .isInstanceOf(CricsheetFormatException.class)
                .hasMessageStartingWith("edited.json: innings 1, over 0.6: the engine refused this delivery: a wide:")
                .satisfies(
                        e -> assertThat(((CricsheetFormatException) e).over()).isEqualTo("0.6"));
    }
}
