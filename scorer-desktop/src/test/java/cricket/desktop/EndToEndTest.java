package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.StoredEvent;
import cricket.scoring.MatchState;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real screens against the real server (embedded PostgreSQL and Redis), headless. */
@ExtendWith(ApplicationExtension.class)
class EndToEndTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    static final List<KeyCode> SIX_BALLS =
            List.of(KeyCode.DIGIT1, KeyCode.DIGIT0, KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT0, KeyCode.DIGIT3);

    @Test
    void aScoredOverWithCorrectionsGivesTheSameScorecardOnTheServerAsInTheConsole(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);

        driver.over();

        ConsoleDriver.waitFor(() -> unsent() == 0);
        MatchState local = console.scoring().state();
        assertThat(local.liveScore().runs())
                .as("2 (edited from 1) +1wd +1nb+2 +4 +0 +W +1 +0")
                .isEqualTo(11);
        assertThat(local.liveScore().wickets()).isEqualTo(1);
        assertThat(local.liveScore().legalBalls()).isEqualTo(6);
        assertThat(serverScorecard()).isEqualTo(local.scorecard());
        assertThat(console.outbox().status().problem()).isNull();
        assertThat(robot.lookup("#scoreLabel").queryAs(Label.class).getText()).contains("11/1");
        assertThat(robot.lookup("#waitingLabel").queryAs(Label.class).getText()).isEqualTo("all sent");

        int before = serverEvents().size();
        int port = server.port();
        server.stop();
        SIX_BALLS.forEach(robot::type);
        ConsoleDriver.waitFor(() -> !console.outbox().status().online());
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getText())
                .contains("Offline");
        assertThat(unsent()).isEqualTo(6);
        assertThat(robot.lookup("#waitingLabel").queryAs(Label.class).getText()).isEqualTo("6 waiting to send");
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(11 + 10);

        server.start(port);
        console.outbox().retryNow();
        ConsoleDriver.waitFor(() -> unsent() == 0);

        List<StoredEvent> events = serverEvents();
        assertThat(events).hasSize(before + 6);
        assertThat(events.stream().map(StoredEvent::eventId).distinct()).hasSize(events.size());
        serverAgrees();
        ConsoleDriver.waitFor(() ->
                robot.lookup("#connectionLabel").queryAs(Label.class).getText().contains("Online"));
    }
}
