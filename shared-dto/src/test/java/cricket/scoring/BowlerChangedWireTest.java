package cricket.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event logs already stored hold the old {@code {"bowler","reason"}} shape; they still read, and the new is written. */
class BowlerChangedWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MatchEvent read(String json) throws Exception {
        return JSON.readValue(json, MatchEvent.class);
    }

    @Test
    void theOldShapeWithoutAReasonIsANewOver() throws Exception {
        assertThat(read("{\"type\":\"BowlerChanged\",\"bowler\":\"Starc\"}"))
                .isEqualTo(new BowlerChanged("Starc", BowlerChanged.Why.NEW_OVER));
        assertThat(read("{\"type\":\"BowlerChanged\",\"bowler\":\"Starc\",\"reason\":null}"))
                .isEqualTo(new BowlerChanged("Starc", BowlerChanged.Why.NEW_OVER));
    }

    @Test
    void theOldAsRecordedSentenceIsAsRecorded() throws Exception {
        String sentence = BowlerChanged.OLD_AS_RECORDED_REASON;
        assertThat(read("{\"type\":\"BowlerChanged\",\"bowler\":\"Starc\",\"reason\":\"" + sentence + "\"}"))
                .isEqualTo(new BowlerChanged("Starc", BowlerChanged.Why.AS_RECORDED));
    }

    @Test
    void anyOtherOldReasonIsAReplacementMidOverWithTheReasonAsItsNote() throws Exception {
        assertThat(read("{\"type\":\"BowlerChanged\",\"bowler\":\"Cummins\",\"reason\":\"injured\"}"))
                .isEqualTo(new BowlerChanged("Cummins", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injured"));
    }

    @Test
    void theNewShapeIsWrittenWithoutTheOldReason() throws Exception {
        BowlerChanged change = new BowlerChanged("Cummins", BowlerChanged.Why.REPLACEMENT_MID_OVER, "injured");
        JsonNode tree = JSON.readTree(JSON.writerFor(MatchEvent.class).writeValueAsString(change));

        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("type", "bowler", "why", "note");
        assertThat(tree.get("why").asText()).isEqualTo("REPLACEMENT_MID_OVER");
        assertThat(tree.get("note").asText()).isEqualTo("injured");
    }

    @Test
    void anOldReasonBesideTheNewFieldsIsRefusedNamingBoth() {
        assertThatThrownBy(
                        () -> read(
                                "{\"type\":\"BowlerChanged\",\"bowler\":\"Starc\",\"why\":\"NEW_OVER\",\"reason\":\"injured\"}"))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("reason is the old shape of why and note")
                .hasMessageContaining("got reason \"injured\" with why NEW_OVER");
    }

    @Test
    void anUnknownWhyIsRefused() {
        assertThatThrownBy(() -> read("{\"type\":\"BowlerChanged\",\"bowler\":\"Starc\",\"why\":\"TYPED\"}"))
                .hasMessageContaining("TYPED")
                .hasMessageContaining("NEW_OVER");
    }

    @Test
    void anOldLogWithATypedReasonNoLongerLetsABowlerBowlTwoOversRunning() throws Exception {
        MatchState state = MatchBuilder.match(MatchRules.t20())
                .innings("India")
                .play(6, Balls.dot())
                .state();

        MatchEvent old = read("{\"type\":\"BowlerChanged\",\"bowler\":\"Starc\",\"reason\":\"umpires' error\"}");

        assertThatThrownBy(() -> state.apply(old))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("Starc bowled over 1 and cannot bowl the next over (Law 17.6)");
    }
}
