package cricket.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ImportProgress progress(boolean terminal, int total) {
        return new ImportProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, total);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndEndsWithTheLine() {
        ImportProgress p = progress(true, 4);

        p.imported("a.json", "A v B", 300);
        p.alreadyThere("b.json", "C v D");
        p.refused("c.json", "c.json: is not valid JSON");
        p.imported("d.json", "E v F", 250);

        assertThat(printed())
                .startsWith("\r[#######.......................] 1/4  imported 1, already there 0, refused 0")
                .contains("\r[##############################] 4/4  imported 2, already there 1, refused 1\n")
                .doesNotContain("a.json");
        assertThat(printed().chars().filter(c -> c == '\n')).hasSize(1); // redrawn with \r, one line in all
    }

    @Test
    void elsewhereEachFileHasItsLineAndTheSummaryGivesEveryRefusalItsReason() {
        ImportProgress p = progress(false, 2);

        p.imported("a.json", "A v B, 300 events, match 7", 300);
        p.refused("c.json", "c.json: innings 2, over 3.4: the engine refused this delivery: why");
        p.summary();

        assertThat(printed().lines())
                .containsExactly(
                        "[1/2] a.json: A v B, 300 events, match 7",
                        "[2/2] c.json: FAILED: c.json: innings 2, over 3.4: the engine refused this delivery: why",
                        "cricket: imported 1 of 2 files: 1 new (300 events), 0 already there, 1 refused",
                        "  refused c.json: c.json: innings 2, over 3.4: the engine refused this delivery: why");
        assertThat(p.anyRefused()).isTrue();
    }
}
