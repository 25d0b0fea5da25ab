package cricket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.scoring.Undo;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The records both sides exchange read back as they were written, and refuse what neither side could mean. */
class WireContractTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aFixtureStatusTravelsAsItsLowercaseWordAndAnUnknownOneNamesTheAllowedValues() throws Exception {
        for (FixtureStatus s : FixtureStatus.values()) {
            String json = mapper.writeValueAsString(s);
            assertThat(json).isEqualTo("\"" + s.name().toLowerCase(java.util.Locale.ROOT) + "\"");
            assertThat(mapper.readValue(json, FixtureStatus.class)).isEqualTo(s);
        }
        assertThatThrownBy(() -> FixtureStatus.of("LIVE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("upcoming, live or completed")
                .hasMessageContaining("\"LIVE\"");
    }

    @Test
    void aProblemKeepsItsExtensionsBesideTheStandardMembers() throws Exception {
        String wire = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"expectedSeq 2 is stale: the match is at seq 3\",\"instance\":\"/api/v1/matches/4/events\","
                + "\"currentSeq\":3,\"field\":\"expectedSeq\"}";
        Problem read = mapper.readValue(wire, Problem.class);
        assertThat(read.status()).isEqualTo(409);
        assertThat(read.currentSeq()).isEqualTo(3);
        assertThat(read.extensions()).containsEntry("field", "expectedSeq").doesNotContainKey("title");
        assertThat(mapper.readTree(mapper.writeValueAsString(read))).isEqualTo(mapper.readTree(wire));
    }

    @Test
    void aStoredEventWithoutItsEventOrWithASeqBelowOneIsRefused() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new StoredEvent(0, id, "Undo", new Undo(), null, null))
                .hasMessageContaining("seq must be 1 or more, got 0");
        assertThatThrownBy(() -> new StoredEvent(3, id, "Undo", null, null, null))
                .hasMessageContaining("event must be given for seq 3");
    }
}
