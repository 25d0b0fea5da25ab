package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console's screens driven by keys and clicks, headless, against a stand-in of the server's scorer API. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private final FakeServer server = new FakeServer();
    private ScorerConsole console;

    ConsoleFlowTest() throws IOException {}

    @Start
    void start(Stage stage) {
        console = new ScorerConsole(new DesktopConfig(server.url(), data.resolve("run-" + System.nanoTime()), "ann"));
        console.start(stage);
    }

    @AfterEach
    void stop() {
        console.close();
        server.close();
    }

    @Test
    void aWrongPasswordIsShownAndNothingElseHappens(FxRobot robot) {
        robot.clickOn("#passwordField").write("nope").type(KeyCode.ENTER);

        ConsoleDriver.waitFor(
                () -> robot.lookup("#loginError").queryAs(Label.class).getText().contains("refused"));
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).contains("wrong user or password");
        assertThat(robot.lookup("#fixtureList").tryQuery()).isEmpty();
    }

    @Test
    void anOverWithAWideANoBallABoundaryAndAWicketThenUndoAndEditReachesTheServer(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen("secret");

        driver.over();

        ConsoleDriver.waitFor(() -> console.outbox().status().waiting() == 0);
        MatchState local = console.scoring().state();
        assertThat(local.liveScore().runs())
                .as("2 (edited from 1) +1wd +1nb+2 +4 +0 +W +1 +0")
                .isEqualTo(11);
        assertThat(local.liveScore().wickets()).isEqualTo(1);
        assertThat(local.liveScore().legalBalls()).isEqualTo(6);
        MatchState onServer = replay(server.events());
        assertThat(onServer.scorecard()).isEqualTo(local.scorecard());
        assertThat(robot.lookup("#scoreLabel").queryAs(Label.class).getText()).contains("11/1");
        assertThat(robot.lookup("#waitingLabel").queryAs(Label.class).getText()).isEqualTo("all sent");
    }

    @Test
    void scoringGoesOnWhileTheServerIsDownAndEveryBallArrivesOnceWhenItReturns(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen("secret");
        ConsoleDriver.waitFor(() -> console.outbox().status().waiting() == 0);
        int before = server.events().size();

        server.setDown(true);
        for (KeyCode key : List.of(
                KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT0, KeyCode.DIGIT3)) {
            robot.type(key);
        }
        ConsoleDriver.waitFor(() -> !console.outbox().status().online());
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText())
                .contains("Offline");
        assertThat(console.outbox().status().waiting()).isEqualTo(6);
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(10);

        server.setDown(false);
        console.outbox().retryNow();

        ConsoleDriver.waitFor(() -> console.outbox().status().waiting() == 0);
        List<JsonNode> events = server.events();
        assertThat(events).hasSize(before + 6);
        assertThat(events.stream().map(e -> e.path("eventId").asText()).distinct())
                .hasSize(events.size());
        assertThat(replay(events).scorecard())
                .isEqualTo(console.scoring().state().scorecard());
        ConsoleDriver.waitFor(() ->
                robot.lookup("#connectionLabel").queryAs(Label.class).getText().contains("Online"));
    }

    @Test
    void theBallListShowsTheInningsBallByBall(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen("secret");
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT4);

        @SuppressWarnings("unchecked")
        ListView<Object> balls = robot.lookup("#ballList").queryAs(ListView.class);
        ConsoleDriver.waitFor(() -> balls.getItems().size() == 2);
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(5);
    }

    static MatchState replay(List<JsonNode> stored) throws IOException {
        List<MatchEvent> events = new ArrayList<>();
        for (JsonNode e : stored) {
            events.add(JSON.treeToValue(e.path("event"), MatchEvent.class));
        }
        return MatchState.replay(events);
    }

    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
    }
}
