package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.scoring.BallBowled;
import cricket.scoring.DayEnded;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cricsheet has no day marker (only {@code info.dates}): a match written out loses its stumps and nothing else. */
class StumpsExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aTestWithStumpsIsWrittenExactlyAsWithoutThem() throws Exception {
        CricsheetMatch read = CricsheetReader.read(FileExpectations.resource("1031659.json"), "1031659.json");
        List<MatchEvent> withStumps = new ArrayList<>();
        int balls = 0;
        int day = 0;
        for (MatchEvent event : read.events()) {
            withStumps.add(event);
            if (event instanceof BallBowled && ++balls % 540 == 0) {
                withStumps.add(new DayEnded(++day));
            }
        }
        assertThat(MatchState.replay(withStumps).scorecard().closeOfPlay()).hasSize(day);
        assertThat(day).isPositive();

        String written = CricsheetWriter.write(read.info(), withStumps);

        assertThat(MAPPER.readTree(written))
                .isEqualTo(MAPPER.readTree(CricsheetWriter.write(read.info(), read.events())));
        CricsheetMatch back = CricsheetReader.read(
                new java.io.ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "back");
        assertThat(MatchState.replay(back.events()).scorecard().innings())
                .isEqualTo(MatchState.replay(withStumps).scorecard().innings());
    }
}
