package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.MatchSummary;
import cricket.api.Role;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.desktop.client.ApiClient;
import cricket.server.embedded.EmbeddedServices;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/images/admin-*.png: the real console signed in as an admin against a real server on an empty database,
 * with a tournament, two squads, a scorer and a Cricsheet import in it. Not part of the default run (the name does
 * not end in Test); regenerate with
 * {@code mvn -B -o test -pl scorer-desktop -Dtest=AdminScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class AdminScreenshots {
    private static final Path OUT = Path.of(System.getProperty("screenshot.dir", "../docs/images"));
    private static RealServer server;

    @TempDir
    static Path data;

    @TempDir
    Path files;

    private String admin;
    private ScorerConsole console;

    @BeforeAll
    static void startServer() throws IOException {
        Path folder = Path.of("target", "embedded-admin-screenshot");
        EmbeddedServices.deleteData(folder); // a fresh database: the pictures show only what is made here
        server = new RealServer(folder);
    }

    @Start
    void start(Stage stage) {
        server.newScorer(
                "2026",
                side("Lions", "A Khan", "J Carter", "R Patel", "M Okafor", "D Silva"),
                side("Tigers", "E Fraser", "N Sharma", "G Adeyemi", "H Lund", "O Reyes"));
        admin = server.newAdmin("admin"); // a fixed name, so a rerun changes admin-users.png only if the screen did
        console = new ScorerConsole(new DesktopConfig(server.url(), data, admin));
        console.start(stage);
    }

    private static RealServer.Side side(String name, String... players) {
        return new RealServer.Side(name, List.of(players));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void writeTheAdminScreens(FxRobot robot) throws Exception {
        ApiClient api = new ApiClient(server.url());
        api.login(admin, RealServer.PASSWORD);
        api.createTournament("County Championship", "2026");
        api.setDisabled(
                api.createUser("relief-scorer", "relief-password-1", Role.SCORER)
                        .id(),
                true);
        api.createUser("second-scorer", "second-password-1", Role.SCORER);
        Path good = files.resolve("1082591.json");
        try (InputStream in = getClass().getResourceAsStream("/cricsheet/1082591.json")) {
            Files.write(good, in.readAllBytes());
        }
        Path bad = files.resolve("half-downloaded.json");
        Files.writeString(bad, "{\"meta\": {\"data_version\": \"1.0.0\"}, \"info\": ");

        ConsoleDriver.waitFor(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(RealServer.PASSWORD).type(KeyCode.ENTER);
        ConsoleDriver.waitFor(() -> robot.lookup("#adminTabs").tryQuery().isPresent());

        screen(robot, 9, "#cricsheetMessage");
        robot.write(good.toString()).type(KeyCode.ENTER);
        robot.write(bad.toString()).type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        ConsoleDriver.waitFor(() -> robot.lookup("#importOutcomes")
                        .queryAs(ListView.class)
                        .getItems()
                        .size()
                == 2);
        // The keyboard on the outcomes, as a reader's Tab puts it: the path field's caret blinks, so a picture
        // taken with it focused would differ from run to run.
        robot.interact(() -> robot.lookup("#importOutcomes").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "admin-cricsheet.png");

        screen(robot, 2, "#tournamentMessage");
        shoot(robot, "admin-tournaments.png");

        screen(robot, 5, "#squadMessage");
        pick(robot, "#squadTournament", (Tournament t) -> t.name().startsWith("Console Cup"));
        pick(robot, "#squadTeam", (TeamRef t) -> t.name().equals("Lions"));
        ConsoleDriver.waitFor(() ->
                robot.lookup("#squadChosen").queryAs(ListView.class).getItems().size() == 5);
        shoot(robot, "admin-squads.png");

        screen(robot, 6, "#matchMessage");
        @SuppressWarnings("unchecked")
        ListView<MatchSummary> matches = robot.lookup("#matchList").queryAs(ListView.class);
        ConsoleDriver.waitFor(() -> matches.getItems().size() == 2);
        robot.interact(() -> {
            matches.getSelectionModel().select(0);
            matches.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        ConsoleDriver.waitFor(() -> !robot.lookup("#fixtureVenue")
                .queryAs(javafx.scene.control.TextField.class)
                .getText()
                .isEmpty());
        shoot(robot, "admin-fixtures.png");

        screen(robot, 8, "#userMessage");
        shoot(robot, "admin-users.png");
    }

    /** Ctrl and the screen's number, then the screen's first load. */
    private static void screen(FxRobot robot, int n, String message) {
        robot.push(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + n));
        ConsoleDriver.waitFor(() -> robot.lookup("#adminTabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedIndex()
                == n - 1);
        ConsoleDriver.waitFor(() -> !robot.lookup(message)
                .queryAs(javafx.scene.control.Label.class)
                .getText()
                .endsWith("…"));
    }

    private static <T> void pick(FxRobot robot, String id, java.util.function.Predicate<T> which) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        ConsoleDriver.waitFor(() -> box.getItems().stream().anyMatch(which));
        robot.interact(() ->
                box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    private static void shoot(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] =
                robot.lookup("#adminTabs").queryAs(TabPane.class).getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        Files.createDirectories(OUT.toAbsolutePath());
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
    }
}
