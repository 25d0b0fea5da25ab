package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT4;
import static javafx.scene.input.KeyCode.DIGIT6;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.StoredEvent;
import cricket.scoring.CloseOfPlay;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.ScorecardText;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Stumps from the pad in a Test: D, a confirm prompt with the day of play, the event through the outbox, and the
 * close of play on the scorecard tab.
 */
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

    @Test
    void theScorecardTabListsEachCloseOfPlayAsTheStumpsAreDrawnAndUndone(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1, DIGIT4);
        assertThat(robot.lookup("#liveTabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId())
                .isEqualTo("scorecardTab");
        assertThat(robot.lookup("#closeOfPlay").query().isVisible())
                .as("no close of play before the first stumps")
                .isFalse();

        drawStumps(driver);
        assertThat(robot.lookup("#closeOfPlay").query().isVisible()).isTrue();
        assertThat(robot.lookup("#closeOfPlay").lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactlyInAnyOrder("Close of play", closeOfPlay(0));
        assertThat(closeOfPlay(0)).startsWith("Day 1: ").endsWith(" 5/0 (0.2 ov)");

        driver.keys(DIGIT6);
        assertThat(dayLine(robot, 1))
                .as("a ball the next day leaves the close of day 1 as it was")
                .isEqualTo(closeOfPlay(0));
        assertThat(robot.lookup("#closeOfPlayDay2").tryQuery()).isEmpty();
        drawStumps(driver);
        assertThat(dayLine(robot, 2))
                .isEqualTo(closeOfPlay(1))
                .startsWith("Day 2: ")
                .endsWith(" 11/0 (0.3 ov)");
        assertThat(dayLine(robot, 1)).isEqualTo(closeOfPlay(0));

        driver.keys(KeyCode.U);
        ConsoleDriver.waitFor(() -> state().scorecard().closeOfPlay().size() == 1);
        assertThat(robot.lookup("#closeOfPlayDay2").tryQuery())
                .as("the undone stumps")
                .isEmpty();
        assertThat(dayLine(robot, 1)).isEqualTo(closeOfPlay(0));
        serverAgrees();
    }

    /** D and OK on the day offered, back to the pad. */
    private void drawStumps(ConsoleDriver driver) {
        int closes = state().scorecard().closeOfPlay().size();
        driver.keys(KeyCode.D);
        driver.awaitNode("#stumpsForm");
        driver.ok("stumps");
        driver.awaitNode("#padPane");
        assertThat(state().scorecard().closeOfPlay()).hasSize(closes + 1);
    }

    /** The card's words for the {@code index}th stumps of the console's match. */
    private String closeOfPlay(int index) {
        CloseOfPlay close = state().scorecard().closeOfPlay().get(index);
        return ScorecardText.closeOfPlay(close);
    }

    private static String dayLine(FxRobot robot, int day) {
        return robot.lookup("#closeOfPlayDay" + day).queryAs(Label.class).getText();
    }
}
