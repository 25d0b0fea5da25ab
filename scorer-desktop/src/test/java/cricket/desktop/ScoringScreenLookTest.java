package cricket.desktop;

import static javafx.scene.input.KeyCode.DIGIT0;
import static javafx.scene.input.KeyCode.DIGIT4;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.MatchDetail;
import cricket.api.OfficialRole;
import cricket.api.StoredEvent;
import cricket.desktop.client.ApiClient;
import cricket.scoring.BattingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.Scorecard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The scoring screen as the scorer reads it: the scorecard tab's tables and the charts follow every ball and agree
 * with the card the server publishes; the pad's buttons score with the mouse; the status bar names the link, the
 * outbox and the server's last answer.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringScreenLookTest extends RealServerConsole {

    @Start
    void start(Stage window) {
        open(window);
    }

    @Test
    void theScorecardTablesFollowEachBallAndShowTheServersCard(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        robot.clickOn("#scorecardTab");

        driver.keys(DIGIT4);
        assertThat(battingRuns(robot)).as("after one ball, keyed").containsExactly(4, 0);
        robot.clickOn("#run2"); // the pad's button, as a mouse or a finger presses it
        assertThat(battingRuns(robot))
                .as("after the button: the striker ran two")
                .containsExactly(6, 0);
        driver.keys(DIGIT0);
        robot.type(javafx.scene.input.KeyCode.X);
        driver.awaitNode("#wicketForm");
        robot.clickOn("#wicketOk");
        driver.awaitNode("#batterForm");
        robot.clickOn("#batterOk");
        driver.awaitNode("#padPane");
        ConsoleDriver.waitFor(() -> unsent() == 0);

        Scorecard server = serverScorecard();
        InningsCard first = server.innings().get(0);
        assertThat(table(robot, "#batting1").getItems()).isEqualTo(first.batting());
        assertThat(table(robot, "#bowling1").getItems()).isEqualTo(first.bowling());
        assertThat(((BattingLine) table(robot, "#batting1").getItems().get(0)).dismissal())
                .isEqualTo(first.batting().get(0).dismissal())
                .isNotEqualTo("not out");
        assertThat(text(robot, "#total1")).startsWith("Total  " + first.runs() + "/" + first.wickets() + "  (");
        assertThat(text(robot, "#fallOfWickets1"))
                .contains("1-" + first.fallOfWickets().get(0).runs() + " ("
                        + first.batting().get(0).name());
        assertThat(text(robot, "#extras1"))
                .startsWith("Extras  " + first.extras().total());
        List<String> batted = first.batting().stream().map(BattingLine::name).toList();
        String waiting = text(robot, "#didNotBat1");
        assertThat(waiting).startsWith("Yet to bat: ");
        console.scoring().state().teams().stream()
                .filter(t -> t.name().equals(first.battingTeam()))
                .flatMap(t -> t.players().stream())
                .forEach(p -> assertThat(waiting.contains(p)).as(p).isNotEqualTo(batted.contains(p)));

        robot.clickOn("#chartsTab");
        BarChart<?, ?> manhattan = robot.lookup("#manhattanChart").queryAs(BarChart.class);
        assertThat(manhattan.getData().get(0).getData()).as("one over begun").hasSize(1);
        assertThat(manhattan.getData().get(0).getData().get(0).getYValue()).isEqualTo(first.runs());
        LineChart<?, ?> worm = robot.lookup("#wormChart").queryAs(LineChart.class);
        assertThat(worm.getData().get(0).getData().get(1).getYValue()).isEqualTo(first.runs());
        BarChart<?, ?> stands = robot.lookup("#partnershipsChart").queryAs(BarChart.class);
        assertThat(stands.getData().get(0).getData())
                .as("the openers' stand; the next begins with its first ball")
                .hasSize(1);
        assertThat(stands.getData().get(0).getData().get(0).getXValue()).isEqualTo(first.runs());
    }

    @Test
    void theStatusBarNamesTheLinkTheOutboxAndTheServersLastAnswer(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT4);
        ConsoleDriver.waitFor(() -> unsent() == 0);
        List<StoredEvent> events = serverEvents();
        int seq = events.get(events.size() - 1).seq();
        ConsoleDriver.waitFor(() -> text(robot, "#lastAnswerLabel").endsWith("accepted BallBowled as seq " + seq));
        assertThat(text(robot, "#lastAnswerLabel")).matches("Last answer \\d\\d:\\d\\d:\\d\\d: .*");
        assertThat(text(robot, "#connectionLabel")).isEqualTo("● Online");
        assertThat(text(robot, "#waitingLabel")).isEqualTo("all sent");

        int port = server.port();
        server.stop();
        driver.keys(DIGIT0);
        ConsoleDriver.waitFor(() -> text(robot, "#connectionLabel").contains("Offline"));
        assertThat(text(robot, "#waitingLabel")).isEqualTo("1 waiting to send");
        assertThat(text(robot, "#lastAnswerLabel")).contains(": no answer (");
        assertThat(robot.lookup("#connectionLabel").queryAs(Label.class).getStyleClass())
                .contains("status-offline");

        server.start(port);
        console.outbox().retryNow();
        ConsoleDriver.waitFor(() -> unsent() == 0);
        ConsoleDriver.waitFor(() -> text(robot, "#lastAnswerLabel").endsWith("as seq " + (seq + 1)));
        ConsoleDriver.waitFor(() -> text(robot, "#connectionLabel").equals("● Online"));
        assertThat(text(robot, "#waitingLabel")).isEqualTo("all sent");
    }

    @Test
    void exportPdfWritesTheSameCardAsTheServersScorecardPdf(FxRobot robot) throws Exception {
        MenuItem export = exportItem(robot);
        assertThat(export.isDisable()).as("no match open yet").isTrue();
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        assertThat(exportItem(robot).isDisable()).isFalse();
        driver.keys(DIGIT4, DIGIT0, javafx.scene.input.KeyCode.DIGIT1);
        ConsoleDriver.waitFor(() -> unsent() == 0);

        Path file = dataDir.resolve("card.pdf");
        robot.interact(() -> assertThat(console.scoring().exportPdf(file)).isTrue());
        assertThat(text(robot, "#messageLabel"))
                .startsWith("Scorecard written to ")
                .contains("card.pdf");
        String printed = pdfText(Files.readAllBytes(file));
        InningsCard first = serverScorecard().innings().get(0);
        for (BattingLine b : first.batting()) {
            assertThat(printed).contains(b.name() + " " + b.dismissal() + " " + b.runs() + " " + b.balls());
        }
        assertThat(printed).contains("Total (0.3 overs) " + first.runs() + "/" + first.wickets());
        MatchDetail fixture = new ApiClient(server.url()).match(scorer.matchId());
        assertThat(printed.lines()).contains(fixture.tournament(), fixture.venue());
        for (OfficialRole role : OfficialRole.values()) {
            List<String> names = fixture.officials().names(role);
            assertThat(names).as(role + " named on the fixture").isNotEmpty();
            assertThat(printed).contains(role.label(names.size()) + ": " + String.join(", ", names));
        }

        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.url() + "/api/v1/matches/" + scorer.matchId() + "/scorecard.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(pdfText(served.body())).as("one renderer, the same events").isEqualTo(printed);
    }

    /** Ctrl+P, the menu's accelerator: the save dialog offers a name, and the card goes where the scorer said. */
    @Test
    void ctrlPAsksWhereToSaveAndWritesTheServersCardThereAndACancelWritesNothing(FxRobot robot) throws Exception {
        ConsoleDriver driver = new ConsoleDriver(robot);
        driver.signInSetUpAndOpen(RealServer.PASSWORD);
        driver.keys(DIGIT4, DIGIT0);
        ConsoleDriver.waitFor(() -> unsent() == 0);

        Path chosen = dataDir.resolve("chosen").resolve("our card.pdf");
        Files.createDirectories(chosen.getParent());
        saveAs.answer(chosen);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.P);
        ConsoleDriver.waitFor(() -> Files.exists(chosen));
        assertThat(saveAs.asked())
                .containsExactly(new ChosenFile.Asked(
                        "Export the scorecard as PDF",
                        "scorecard-match-" + scorer.matchId() + ".pdf",
                        List.of("*.pdf")));
        ConsoleDriver.waitFor(() -> text(robot, "#messageLabel").startsWith("Scorecard written to "));
        assertThat(text(robot, "#messageLabel")).contains("our card.pdf");
        HttpResponse<byte[]> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.url() + "/api/v1/matches/" + scorer.matchId() + "/scorecard.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdfText(Files.readAllBytes(chosen))).isEqualTo(pdfText(served.body()));

        saveAs.answer(null);
        Files.delete(chosen);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.P);
        ConsoleDriver.waitFor(() -> saveAs.asked().size() == 2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen).as("cancelled: nothing written").doesNotExist();
        try (var left = Files.list(chosen.getParent())) {
            assertThat(left).as("no part file either").isEmpty();
        }
    }

    private static MenuItem exportItem(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "exportPdfItem".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static TableView<?> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static List<Integer> battingRuns(FxRobot robot) {
        return table(robot, "#batting1").getItems().stream()
                .map(b -> ((BattingLine) b).runs())
                .toList();
    }
}
