package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In a T20 the stumps key opens no prompt: the message says what the match allows instead. */
@ExtendWith(ApplicationExtension.class)
class StumpsInAOneDayMatchTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    @Test
    void dInAOneDayMatchSaysWhyAndRecordsNothing(FxRobot robot) {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);
        int seq = console.scoring().state().seq();
        assertThat(robot.lookup("#stumpsButton").query().isVisible())
                .as("the pad offers no stumps button")
                .isFalse();

        driver.keys(KeyCode.D);

        assertThat(robot.lookup("#stumpsForm").tryQuery()).isEmpty();
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .contains("only in a match played over days");
        assertThat(console.scoring().state().seq()).isEqualTo(seq);
        assertThat(console.scoring().state().liveScore().day()).isNull();
    }
}
