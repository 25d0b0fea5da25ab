package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesktopConfigTest {

    @Test
    void withNoOptionsTheConsoleOffersTheDemoServerAndItsScorer() {
        DesktopConfig config = DesktopConfig.from(new String[0], Map.of());

        assertThat(config.serverUrl()).isEqualTo("http://localhost:8080");
        assertThat(config.username()).isEqualTo("scorer");
        assertThat(config.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".cricket-scorer"));
    }

    @Test
    void optionsAreReadWithASpaceOrAnEqualsSignAndBeatTheEnvironment() {
        DesktopConfig config = DesktopConfig.from(
                new String[] {"--server", "https://scores.example.org", "--user=ann", "--data", "here"},
                Map.of("CRICKET_SERVER", "http://elsewhere:1", "CRICKET_USER", "bob"));

        assertThat(config.serverUrl()).isEqualTo("https://scores.example.org");
        assertThat(config.username()).isEqualTo("ann");
        assertThat(config.dataDir()).isEqualTo(Path.of("here"));
    }

    @Test
    void theEnvironmentIsUsedWhenNoOptionIsGiven() {
        DesktopConfig config = DesktopConfig.from(
                new String[0], Map.of("CRICKET_SERVER", "http://ground:9000", "CRICKET_USER", "bob"));

        assertThat(config.serverUrl()).isEqualTo("http://ground:9000");
        assertThat(config.username()).isEqualTo("bob");
    }

    @Test
    void anUnknownOptionAMissingValueOrABadUrlIsRefusedWithASentence() {
        assertThatThrownBy(() -> DesktopConfig.from(new String[] {"--port", "1"}, Map.of()))
                .hasMessageContaining("unknown option \"--port\"")
                .hasMessageContaining("--server URL");
        assertThatThrownBy(() -> DesktopConfig.from(new String[] {"--server"}, Map.of()))
                .hasMessageContaining("--server needs a value");
        assertThatThrownBy(() -> DesktopConfig.from(new String[] {"--server", "localhost:8080"}, Map.of()))
                .hasMessageContaining("must start with http:// or https://")
                .hasMessageContaining("localhost:8080");
    }
}
