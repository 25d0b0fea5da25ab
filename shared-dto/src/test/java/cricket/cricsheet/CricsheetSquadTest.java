package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.MatchState;
import cricket.scoring.Team;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Older files list no players: the reader takes each side's squad from the balls, so the checks stay on. */
class CricsheetSquadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aFileWithoutPlayersGetsEachSquadFromWhoBattedAndBowled() throws Exception {
        JsonNode document = FileExpectations.json("1082591.json");
        ((ObjectNode) document.get("info")).remove("players");
        byte[] bytes = MAPPER.writeValueAsBytes(document);

        CricsheetMatch match = CricsheetReader.read(new ByteArrayInputStream(bytes), "1082591.json");
        MatchState state = CricsheetReplay.replay(match, "1082591.json");

        String home = match.info().teams().get(0).name();
        Set<String> shown = new LinkedHashSet<>();
        for (JsonNode inning : document.get("innings")) {
            boolean batting = inning.get("team").asText().equals(home);
            for (JsonNode over : inning.get("overs")) {
                for (JsonNode d : over.get("deliveries")) {
                    if (batting) {
                        shown.add(d.get("batter").asText());
                        shown.add(d.get("non_striker").asText());
                    } else {
                        shown.add(d.get("bowler").asText());
                    }
                }
            }
        }
        Team squad = match.info().teams().get(0);
        assertThat(squad.players()).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(state.result())
                .isEqualTo(CricsheetReplay.replay(
                                CricsheetReader.read(FileExpectations.resource("1082591.json"), "1082591.json"),
                                "1082591.json")
                        .result());
    }
}
