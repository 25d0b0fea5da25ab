package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT4;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.StoredEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Stumps from the pad in a Test: D, a confirm prompt with the day of play, and the event through the outbox. */
@ExtendWith(ApplicationExtension.class)
class StumpsFlowTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window, MatchRules.test());
    }

    private MatchState state() {
        return console.scoring().state();
    }

    @Test
    void dOpensTheStumpsPromptWithTheDayAndOkRecordsItOnTheServer(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        assertThat(robot.lookup(".key-guide").queryAs(Label.class).getText()).contains("D stumps");
        driver.keys(DIGIT1, DIGIT4);
        assertThat(robot.lookup("#stumpsButton").query().isVisible()).isTrue();

        driver.keys(KeyCode.D);
        driver.awaitNode("#stumpsForm");
        assertThat(robot.lookup("#stumpsDay").queryAs(TextField.class).getText())
                .isEqualTo("1");
        assertThat(robot.lookup("#stumpsStanding").queryAs(Label.class).getText())
                .isEqualTo(state().liveScore().summary());
        driver.ok("stumps");
        driver.awaitNode("#padPane");

        assertThat(state().liveScore().day()).isEqualTo(2);
        assertThat(robot.lookup("#oversLabel").queryAs(Label.class).getText()).contains("Day 2");
        assertThat(state().scorecard().closeOfPlay()).hasSize(1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        List<StoredEvent> stored = serverEvents();
        assertThat(stored.get(stored.size() - 1).event().typeName()).isEqualTo("DayEnded");
        serverAgrees();

        driver.keys(KeyCode.D);
        driver.awaitNode("#stumpsForm");
        assertThat(robot.lookup("#stumpsDay").queryAs(TextField.class).getText())
                .as("the next day of play is offered")
                .isEqualTo("2");
        driver.fill("#stumpsDay", "1");
        driver.ok("stumps");
        assertThat(robot.lookup("#stumpsForm").tryQuery())
                .as("a day that does not rise leaves the prompt open")
                .isPresent();
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .contains("next close of play is day 2 or later");
        assertThat(state().scorecard().closeOfPlay()).hasSize(1);
    }
}
