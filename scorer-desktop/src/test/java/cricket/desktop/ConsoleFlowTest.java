package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.scoring.RecordedBall;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Sign-in and the ball-by-ball list, driven by keys and clicks against the real server. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    @Test
    void aWrongPasswordIsShownAndNothingElseHappens(FxRobot robot) {
        robot.clickOn("#passwordField").write("nope").type(KeyCode.ENTER);

        ConsoleDriver.waitFor(() ->
                !robot.lookup("#loginError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).contains("wrong username or password");
        assertThat(robot.lookup("#fixtureList").tryQuery()).isEmpty();
        assertThat(console.outbox().status().waiting()).isZero();
    }

    @Test
    void theBallListShowsTheInningsBallByBall(FxRobot robot) {
        new ConsoleDriver(robot).signInSetUpAndOpen(RealServer.PASSWORD);
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT4).type(KeyCode.W).type(KeyCode.DIGIT0);

        @SuppressWarnings("unchecked")
        ListView<RecordedBall> balls = robot.lookup("#ballList").queryAs(ListView.class);
        ConsoleDriver.waitFor(() -> balls.getItems().size() == 3);
        assertThat(balls.getItems()).extracting(RecordedBall::over).containsExactly("0.1", "0.2", "0.3");
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(6);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        assertThat(serverEvents()).hasSize(2 + 3);
    }
}
