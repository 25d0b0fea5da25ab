package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT1;
import static javafx.scene.input.KeyCode.DIGIT4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A console's start on its data folder: one console per folder, and a damaged outbox never stops it. */
@ExtendWith(ApplicationExtension.class)
class ConsoleStartTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    @Test
    void aSecondConsoleOnTheSameDataFolderIsRefusedWithAMessageAndTheFirstScoresOn(FxRobot robot) throws Exception {
        AtomicReference<ScorerConsole> second = new AtomicReference<>();
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> {
            second.set(new ScorerConsole(new DesktopConfig(server.url(), dataDir, scorer.username())));
            window.set(new Stage());
            second.get().start(window.get());
        });
        try {
            assertThat(second.get().refused()).contains("Another scorer's console is already using the data folder");
            Label shown = robot.from(window.get().getScene().getRoot())
                    .lookup("#startRefused")
                    .queryAs(Label.class);
            assertThat(shown.getText())
                    .startsWith("The console cannot start scoring: Another scorer's console")
                    .contains(dataDir.toAbsolutePath().toString());
            assertThat(robot.from(window.get().getScene().getRoot())
                            .lookup("#loginView")
                            .tryQuery())
                    .as("no sign-in: it could not keep a ball safe")
                    .isEmpty();
        } finally {
            robot.interact(() -> {
                window.get().close();
                second.get().close();
                stage.toFront(); // the keys go to the first console's window again
                stage.requestFocus();
            });
        }

        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT4);
        serverAgrees();
        assertThat(serverScorecard().innings().get(0).runs())
                .as("the first console's four")
                .isEqualTo(4);
    }

    @Test
    void aTornOutboxLineIsKeptInQuarantineShownAtStartAndTheRestIsSent(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        int port = server.port();
        server.stop();
        driver.keys(DIGIT4);
        ConsoleDriver.waitFor(() -> !console.outbox().status().online());
        byte[] torn = "{\"eventId\":\"7d0e5c2a-".getBytes(StandardCharsets.UTF_8);

        robot.interact(() -> {
            console.close(); // as a crash mid-write would leave it: half a line at the end of the journal
            try {
                Files.write(dataDir.resolve("outbox.jsonl"), torn, StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            console = new ScorerConsole(new DesktopConfig(server.url(), dataDir, scorer.username()));
            console.start(stage);
        });

        Label notice = robot.lookup("#startNotice").queryAs(Label.class);
        assertThat(notice.getText())
                .startsWith("1 line(s) of the outbox")
                .contains("outbox.quarantine")
                .contains("check the score");
        assertThat(Files.readAllBytes(dataDir.resolve("outbox.quarantine")))
                .as("kept byte for byte")
                .startsWith(torn);
        assertThat(unsent()).as("the whole line before it is kept").isEqualTo(1);

        server.start(port);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        serverAgrees();
        assertThat(serverScorecard().innings().get(0).runs()).isEqualTo(5);
    }
}
