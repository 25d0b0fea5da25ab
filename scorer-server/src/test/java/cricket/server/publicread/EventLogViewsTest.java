package cricket.server.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.MatchState;
import cricket.server.DevMatches;
import cricket.server.http.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public bodies: matchId and version first, then every field of the engine's view, as the API documents. */
class EventLogViewsTest {
    final Json json = new Json();
    final MatchState state = MatchState.replay(DevMatches.read("1082591.json").events());

    private void assertIdsThenView(byte[] body, Object view) throws Exception {
        ObjectNode parsed = (ObjectNode) json.mapper().readTree(body);
        List<String> names = new ArrayList<>();
        parsed.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, 2)).containsExactly("matchId", "version");
        assertThat(parsed.remove("matchId").asLong()).isEqualTo(42);
        assertThat(parsed.remove("version").asInt()).isEqualTo(state.seq());
        JsonNode expected = json.mapper().valueToTree(view);
        assertThat(parsed).isEqualTo(expected);
    }

    @Test
    void theLiveBodyIsTheIdsThenTheLiveScore() throws Exception {
        assertIdsThenView(ViewKind.LIVE.render(42, state, json), state.liveScore());
    }

    @Test
    void theScorecardBodyIsTheIdsThenTheScorecard() throws Exception {
        assertIdsThenView(ViewKind.SCORECARD.render(42, state, json), state.scorecard());
    }
}
