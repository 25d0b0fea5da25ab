package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT4;
import static javafx.scene.input.KeyCode.DIGIT6;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.scoring.ClosureReason;
import cricket.scoring.NextAction;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pad is never offered where the engine would refuse a ball: a closed innings, a match with a result. */
@ExtendWith(ApplicationExtension.class)
class ClosedInningsTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean present(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private void declare(ConsoleDriver driver) {
        driver.keys(KeyCode.E);
        driver.awaitNode("#closeForm");
        driver.choose("#closeReason", ClosureReason.DECLARED);
        driver.ok("close");
    }

    @Test
    void aClosedInningsAndAFinishedMatchOfferNoBallButSayWhyAndStillOfferUndo(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);

        declare(driver);
        driver.awaitNode("#inningsClosedPane");
        assertThat(label(robot, "#inningsClosedPaneWhy")).startsWith("The innings is closed: ");
        assertThat(present(robot, "#padPane")).isFalse();
        assertThat(present(robot, "#inningsForm"))
                .as("the next innings can start")
                .isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);
        driver.awaitNode("#padPane");
        assertThat(console.scoring().state().next())
                .as("the declaration undone")
                .isEqualTo(NextAction.BALL);

        declare(driver);
        driver.awaitNode("#inningsForm");
        driver.ok("innings");
        driver.awaitNode("#padPane");
        driver.keys(DIGIT4);

        driver.awaitNode("#matchOverPane");
        String result = console.scoring().state().result().orElseThrow().text();
        assertThat(label(robot, "#matchOverPaneWhy"))
                .startsWith("The match is over: " + result)
                .contains("undo the last event (U)");
        assertThat(present(robot, "#padPane")).isFalse();
        ConsoleDriver.waitFor(() -> unsent() == 0);
        int stored = serverEvents().size();
        driver.keys(DIGIT6);
        assertThat(console.outbox().unsent(scorer.matchId()))
                .as("no ball taken after the result")
                .isEmpty();
        assertThat(console.scoring().state().result()).isPresent();

        driver.keys(KeyCode.U);
        driver.awaitNode("#padPane");
        assertThat(console.scoring().state().result())
                .as("undo reopened the chase")
                .isEmpty();
        ConsoleDriver.waitFor(() -> unsent() == 0);
        assertThat(serverEvents()).hasSize(stored + 1);
        serverAgrees();
    }
}
