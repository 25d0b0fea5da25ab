package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT2;
import static javafx.scene.input.KeyCode.DIGIT4;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.StoredEvent;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The outbox against the real server: a console closed with balls still waiting, a refused session. */
@ExtendWith(ApplicationExtension.class)
class OutboxRecoveryTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void ballsWaitingWhenTheConsoleClosesAreSentExactlyOnceByTheNextConsoleOnTheSameFolder(FxRobot robot)
            throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        int before = serverEvents().size();
        int port = server.port();

        server.stop();
        driver.keys(DIGIT2, DIGIT4, KeyCode.DIGIT0);
        ConsoleDriver.waitFor(() -> !console.outbox().status().online());
        assertThat(unsent()).isEqualTo(3);
        restartConsole(robot);
        assertThat(unsent()).as("read back from the journal").isEqualTo(3);

        server.start(port);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(1 + 2 + 4);
        driver.keys(DIGIT1, DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);

        List<StoredEvent> events = serverEvents();
        assertThat(events).hasSize(before + 5);
        assertThat(events.stream().map(StoredEvent::eventId).distinct()).hasSize(events.size());
        serverAgrees();
        assertThat(serverScorecard().innings().get(0).runs()).isEqualTo(9);
    }

    @Test
    void aRefusedSessionKeepsTheBallsAndTheyGoInAfterSigningInAgain(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        int before = serverEvents().size();
        console.scoring().match().api().logout(); // the server revokes the token, as when it expires

        driver.keys(DIGIT4);

        ConsoleDriver.waitFor(() -> robot.lookup("#conflictPane").query().isVisible());
        assertThat(label(robot, "#conflictText")).startsWith("Sign in again");
        assertThat(robot.lookup("#signInAgainButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reloadButton").query().isVisible()).isFalse();
        assertThat(unsent()).isEqualTo(1);

        robot.clickOn("#signInAgainButton");
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        assertThat(serverEvents()).hasSize(before + 1);
        assertThat(serverScorecard().innings().get(0).runs()).isEqualTo(5);
        assertThat(console.outbox().status().problem()).isNull();
    }
}
