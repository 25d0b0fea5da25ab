package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cricket.scoring.BowlerChanged;
import cricket.scoring.MatchEvent;
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
        CricsheetMatch broken = new CricsheetMatch(match.sourceId(), match.info(), events);

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
}
