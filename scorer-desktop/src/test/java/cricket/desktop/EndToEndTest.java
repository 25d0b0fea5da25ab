package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cricket.desktop.client.ApiClient;
import cricket.desktop.client.StoredEvent;
import cricket.scoring.MatchState;
import cricket.scoring.Scorecard;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real screens against the real server (embedded PostgreSQL and Redis), headless. */
@ExtendWith(ApplicationExtension.class)
class EndToEndTest {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static RealServer server;

    @TempDir
    static Path data;

    private ScorerConsole console;

    @BeforeAll
    static void startServer() {
        server = new RealServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        if (server == null) {
            startServer(); // @Start may run before @BeforeAll's effects are visible on the FX thread
        }
        console = new ScorerConsole(
                new DesktopConfig(server.url(), data.resolve("run-" + System.nanoTime()), server.username()));
        console.start(stage);
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    private Scorecard serverScorecard() throws Exception {
        ApiClient api = new ApiClient(server.url());
        JsonNode card = api.scorecard(server.matchId());
        return JSON.treeToValue(card, Scorecard.class);
    }

    private List<StoredEvent> serverEvents() {
        ApiClient api = new ApiClient(server.url());
        api.login(server.username(), RealServer.PASSWORD);
        return api.events(server.matchId(), 0);
    }

    @Test
    void aScoredOverWithCorrectionsGivesTheSameScorecardOnTheServerAsInTheConsole(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);

        driver.over();

        ConsoleDriver.waitFor(() -> console.outbox().status().waiting() == 0);
        MatchState local = console.scoring().state();
        assertThat(local.liveScore().runs())
                .as("2 (edited from 1) +1wd +1nb+2 +4 +0 +W +1 +0")
                .isEqualTo(11);
        assertThat(local.liveScore().wickets()).isEqualTo(1);
        assertThat(serverScorecard()).isEqualTo(local.scorecard());
        assertThat(console.outbox().status().problem()).isNull();

        int before = serverEvents().size();
        int port = server.port();
        server.stop();
        List<KeyCode> six =
                List.of(KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT0, KeyCode.DIGIT3);
        six.forEach(robot::type);
        ConsoleDriver.waitFor(() -> !console.outbox().status().online());
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText())
                .contains("Offline");
        assertThat(console.outbox().status().waiting()).isEqualTo(6);
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(11 + 10);

        server.start(port);
        console.outbox().retryNow();
        ConsoleDriver.waitFor(() -> console.outbox().status().waiting() == 0);

        List<StoredEvent> events = serverEvents();
        assertThat(events).hasSize(before + 6);
        assertThat(events.stream().map(StoredEvent::eventId).distinct()).hasSize(events.size());
        assertThat(serverScorecard()).isEqualTo(console.scoring().state().scorecard());
    }
}
