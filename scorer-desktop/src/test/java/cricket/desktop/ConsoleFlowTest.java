package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.scoring.MatchStarted;
import cricket.scoring.RecordedBall;
import cricket.scoring.TossDecision;
import java.util.List;
import javafx.scene.control.ComboBox;
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

        ConsoleDriver.waitFor(
                () -> // "Signing in…" shows first
                robot.lookup("#loginError").queryAs(Label.class).getText().contains("refused"));
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).contains("wrong username or password");
        assertThat(robot.lookup("#fixtureList").tryQuery()).isEmpty();
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

    @Test
    void ctrlMGoesBackToTheMatchListAndReopeningTheMatchGoesOnWhereItStood(FxRobot robot) {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        robot.type(KeyCode.DIGIT4);
        ConsoleDriver.waitFor(() -> unsent() == 0);

        robot.press(KeyCode.CONTROL).press(KeyCode.M).release(KeyCode.M).release(KeyCode.CONTROL);
        driver.awaitNode("#fixtureList");
        assertThat(robot.lookup("#scoringView").tryQuery()).isEmpty();
        assertThat(console.scoring()).isNull(); // the scoring screen's model stopped listening to the outbox

        robot.clickOn("#openButton");
        driver.awaitNode("#padPane");
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(4);
        robot.type(KeyCode.DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        assertThat(serverEvents()).hasSize(2 + 2);
    }

    @Test
    void theMatchSetupChosenOnScreenIsWhatTheServerRecordsAndABadValueIsRefusedByName(FxRobot robot) {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInAndOpen(RealServer.PASSWORD);
        driver.awaitNode("#setupView");
        List<String> teams = driver.choices("#tossWinner");
        driver.choose("#tossWinner", teams.get(1));
        driver.choose("#tossDecision", TossDecision.FIELD);
        driver.fill("#noBallRunsField", "2");
        @SuppressWarnings("unchecked")
        ListView<String> second = robot.lookup("#secondXi").queryAs(ListView.class);
        String dropped = second.getItems().get(3);
        String picked = second.getItems().get(11);
        robot.interact(() -> {
            second.getSelectionModel().clearSelection(3);
            second.getSelectionModel().select(11);
        });

        driver.fill("#oversField", "ten");
        robot.clickOn("#startMatchButton");
        ConsoleDriver.waitFor(() ->
                !robot.lookup("#setupError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#setupError").queryAs(Label.class).getText()).contains("overs");
        // Queuing in the outbox is synchronous: nothing queued means nothing can reach the server later either.
        assertThat(unsent()).isZero();
        assertThat(serverEvents()).isEmpty();

        driver.fill("#oversField", "10");
        robot.clickOn("#startMatchButton");
        driver.awaitNode("#inningsForm");
        assertThat(robot.lookup("#inningsTeam").queryAs(ComboBox.class).getValue())
                .as("the toss winner chose to field")
                .isEqualTo(teams.get(0));
        driver.ok("innings");
        driver.awaitNode("#padPane");
        ConsoleDriver.waitFor(() -> unsent() == 0);

        MatchStarted started = (MatchStarted) serverEvents().get(0).event();
        assertThat(started.tossWinner()).isEqualTo(teams.get(1));
        assertThat(started.tossDecision()).isEqualTo(TossDecision.FIELD);
        assertThat(started.rules().oversPerInnings()).isEqualTo(10);
        assertThat(started.rules().noBallRuns()).isEqualTo(2);
        assertThat(started.teams().get(1).players())
                .hasSize(11)
                .contains(picked)
                .doesNotContain(dropped);
    }
}
