package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.desktop.scoring.PadExtra;
import cricket.desktop.scoring.ScoringViewModel;
import cricket.scoring.DismissalKind;
import cricket.scoring.MatchState;
import cricket.scoring.NextAction;
import cricket.server.embedded.EmbeddedServices;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
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

/**
 * Writes docs/images/scoring-screen.png, in the dark theme scoring-screen-dark.png, and the charts tab as
 * scoring-screen-charts.png: the real console against a real server on an empty database, a few overs in
 * with a wicket fallen. Not part of the default run (the name does not end in Test); regenerate with
 * {@code mvn -B -o test -pl scorer-desktop -Dtest=ScoringScreenshot -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringScreenshot {
    private static final Path OUT = Path.of(System.getProperty("screenshot.out", "../docs/images/scoring-screen.png"));
    private static final RealServer.Side HOME = new RealServer.Side(
            "Lions",
            List.of(
                    "A Khan",
                    "J Carter",
                    "R Patel",
                    "M Okafor",
                    "D Silva",
                    "T Nguyen",
                    "S Brooks",
                    "P Walsh",
                    "K Mensah",
                    "L Evans",
                    "B Rossi",
                    "C Hughes"));
    private static final RealServer.Side AWAY = new RealServer.Side(
            "Tigers",
            List.of(
                    "E Fraser",
                    "N Sharma",
                    "G Adeyemi",
                    "H Lund",
                    "O Reyes",
                    "F Moreau",
                    "I Kowalski",
                    "W Park",
                    "Y Tanaka",
                    "Z Ahmed",
                    "V Costa",
                    "Q Ellis"));
    private static RealServer server;

    @TempDir
    static Path data;

    private ScorerConsole console;

    /** Outside TestFX's {@code @Start}, whose setup timeout is meant for a window, not for an initdb. */
    @BeforeAll
    static void startServer() throws IOException {
        Path folder = Path.of("target", "embedded-screenshot");
        EmbeddedServices.deleteData(folder); // a fresh database each time: the screenshot shows only its own match
        server = new RealServer(folder);
    }

    @Start
    void start(Stage stage) {
        RealServer.Scorer scorer = server.newScorer("2026", HOME, AWAY);
        console = new ScorerConsole(new DesktopConfig(server.url(), data, scorer.username()));
        console.start(stage);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static final int WICKET = -1;
    private static final int WIDE = -2;

    private static boolean ball(ScoringViewModel model, int ball) {
        if (ball == WIDE) {
            model.setExtra(PadExtra.WIDE);
            return model.runs(0, false);
        }
        if (ball != WICKET) {
            return model.runs(ball, false);
        }
        MatchState now = model.state();
        String fielder =
                model.roster().players(model.roster().fieldingTeam(now)).get(3);
        return model.wicket(DismissalKind.CAUGHT, now.striker().orElseThrow(), fielder, 0, false)
                && model.newBatter(
                        model.roster().availableBatters(model.state()).get(0));
    }

    @Test
    void writeTheScoringScreenMidInnings(FxRobot robot) throws IOException {
        new ConsoleDriver(robot).signInSetUpAndOpen(RealServer.PASSWORD);
        ScoringViewModel model = console.scoring();
        // WICKET and WIDE mark those balls; the rest are runs off the bat.
        int[][] overs = {{1, 0, 4, 0, 0, 2}, {0, 1, 1, 6, WIDE, 0, 1}, {4, 0, WICKET, 1, 2, 0}, {1, 0, 1, 4}};
        robot.interact(() -> {
            for (int over = 0; over < overs.length; over++) {
                if (over > 0) {
                    assertThat(model.newBowler(model.roster()
                                    .availableBowlers(model.state())
                                    .get(0)))
                            .isTrue();
                }
                for (int ball : overs[over]) {
                    assertThat(ball(model, ball)).isTrue();
                }
            }
            model.commentaryProperty().set("Driven hard through the covers");
        });
        ConsoleDriver.waitFor(() -> console.outbox().status().waiting() == 0);
        MatchState state = model.state();
        assertThat(state.liveScore().wickets()).isEqualTo(1);
        assertThat(state.next()).isEqualTo(NextAction.BALL);
        robot.interact(() -> robot.lookup("#liveTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(0));

        robot.interact(() -> console.useTheme(Theme.LIGHT));
        write(robot, OUT);
        // The same screen in the dark theme, as Ctrl+Shift+D shows it.
        robot.interact(() -> console.useTheme(Theme.DARK));
        try {
            write(robot, OUT.resolveSibling(OUT.getFileName().toString().replace(".png", "-dark.png")));
        } finally {
            robot.interact(() -> console.useTheme(Theme.LIGHT));
        }
        // The charts tab: the Manhattan beside the worm, the partnerships underneath.
        robot.interact(() -> robot.lookup("#liveTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        write(robot, OUT.resolveSibling(OUT.getFileName().toString().replace(".png", "-charts.png")));
    }

    private static void write(FxRobot robot, Path file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(
                () -> shot[0] = robot.lookup("#scoringView").query().getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
    }
}
