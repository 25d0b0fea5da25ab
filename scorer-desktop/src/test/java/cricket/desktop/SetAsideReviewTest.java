package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT2;
import static javafx.scene.input.KeyCode.DIGIT4;
import static javafx.scene.input.KeyCode.DIGIT6;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.desktop.client.SetAsideEntry;
import cricket.scoring.BallBowled;
import cricket.scoring.PenaltyAwarded;
import java.nio.file.Files;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Balls the server did not take (another device moved the match on, or the server refused one) are set aside and
 * proposed one by one on the server's score, against the real server: nothing re-sent unasked, nothing lost.
 */
@ExtendWith(ApplicationExtension.class)
class SetAsideReviewTest extends RealServerConsole {

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

    private void awaitHeading(FxRobot robot, String heading) {
        ConsoleDriver.waitFor(
                () -> present(robot, "#reviewHeading")
                        && label(robot, "#reviewHeading").startsWith(heading),
                () -> new ConsoleDriver(robot).text("#reviewHeading") + " "
                        + new ConsoleDriver(robot).text("#messageLabel"));
    }

    @Test
    void afterAConflictEachSetAsideBallIsProposedOnTheServersScoreToReApplyEditOrDrop(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        // Sending pauses on a refused session, so three balls wait while another device scores.
        console.scoring().match().api().logout();
        driver.keys(DIGIT4, DIGIT2, DIGIT6);
        ConsoleDriver.waitFor(() -> robot.lookup("#signInAgainButton").query().isVisible());
        assertThat(unsent()).isEqualTo(3);
        String batting = console.scoring().state().liveScore().battingTeam();
        int at = serverEvents().size();
        signedIn().postEvent(scorer.matchId(), UUID.randomUUID(), at, new PenaltyAwarded(5, batting, "helmet struck"));

        robot.clickOn("#signInAgainButton");
        driver.signInAndOpen(RealServer.PASSWORD);

        awaitHeading(robot, "Set aside 1 of 3");
        assertThat(console.scoring().state().liveScore().runs())
                .as("reloaded: the server's 1 + 5 penalty, none of the set-aside balls")
                .isEqualTo(6);
        assertThat(present(robot, "#padPane"))
                .as("the review takes the pad's place")
                .isFalse();
        assertThat(label(robot, "#reviewWhat")).contains(": 4 run(s)");
        assertThat(label(robot, "#reviewReason")).contains("another console or person scored this match meanwhile");
        assertThat(label(robot, "#reviewVerdict")).contains("it stands, making").contains("10/0");
        assertThat(serverEvents()).as("nothing re-sent unasked").hasSize(at + 1);
        assertThat(label(robot, "#waitingLabel")).contains("3 set aside for your decision");

        driver.keys(KeyCode.A);
        awaitHeading(robot, "Set aside 2 of 3");
        assertThat(label(robot, "#reviewReason")).contains("entered after \"BallBowled");

        driver.keys(KeyCode.E);
        driver.awaitNode("#reviewEditForm");
        TextField runs = robot.lookup("#reviewEditRuns").queryAs(TextField.class);
        robot.doubleClickOn(runs).eraseText(2).write("3");
        driver.ok("reviewEdit");
        awaitHeading(robot, "Set aside 3 of 3");

        driver.keys(KeyCode.D);
        driver.awaitNode("#padPane");
        ConsoleDriver.waitFor(() -> unsent() == 0);

        assertThat(serverEvents()).hasSize(at + 3);
        serverAgrees();
        assertThat(serverScorecard().innings().get(0).runs())
                .as("1 + 5 + 4 + 3 (edited from 2), the 6 dropped")
                .isEqualTo(13);
        assertThat(console.outbox().setAsideEntries(scorer.matchId()))
                .extracting(SetAsideEntry::decision)
                .containsExactly(
                        SetAsideEntry.Decision.REAPPLIED,
                        SetAsideEntry.Decision.EDITED,
                        SetAsideEntry.Decision.DROPPED);
        SetAsideEntry dropped =
                console.outbox().setAsideEntries(scorer.matchId()).get(2);
        assertThat(((BallBowled) dropped.event()).delivery().batterRuns()).isEqualTo(6);
        assertThat(Files.readString(dataDir.resolve("set-aside.jsonl")))
                .as("the dropped ball stays in the set-aside file")
                .contains(dropped.eventId() + "\",\"matchId\"")
                .contains("\"decision\":\"DROPPED\"");
        assertThat(label(robot, "#waitingLabel")).isEqualTo("all sent");
    }

    @Test
    void aBallTheServerRefusesIsSetAsideWithItsReasonAndTheBallAfterItWaitsForTheScorerToo(FxRobot robot)
            throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        int before = serverEvents().size();
        int port = server.port();
        server.stop();
        driver.keys(DIGIT4, DIGIT2);
        ConsoleDriver.waitFor(() -> !console.outbox().status().online());
        server.assigned(scorer, false); // an admin takes the match off this scorer meanwhile
        server.start(port);

        awaitHeading(robot, "Set aside 1 of 2");
        assertThat(label(robot, "#reviewReason"))
                .as("the server's own reason")
                .contains("is not assigned to score match " + scorer.matchId());
        assertThat(console.scoring().state().liveScore().runs()).isEqualTo(1);

        driver.keys(KeyCode.ESCAPE);
        driver.awaitNode("#padPane");
        assertThat(label(robot, "#messageLabel")).contains("2 set-aside event(s) wait for your decision: press V");
        driver.keys(KeyCode.V);
        awaitHeading(robot, "Set aside 1 of 2");

        server.assigned(scorer, true);
        driver.keys(KeyCode.ENTER);
        awaitHeading(robot, "Set aside 2 of 2");
        assertThat(label(robot, "#reviewReason"))
                .contains("which was set aside, so it was built on a score the server does not have");
        driver.keys(KeyCode.A);
        driver.awaitNode("#padPane");

        ConsoleDriver.waitFor(() -> unsent() == 0);
        assertThat(serverEvents()).hasSize(before + 2);
        serverAgrees();
        assertThat(serverScorecard().innings().get(0).runs()).isEqualTo(7);
        assertThat(console.outbox().status().problem()).isNull();
    }
}
