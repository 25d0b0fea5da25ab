package cricket.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cricket.api.StoredEvent;
import cricket.desktop.client.ApiClient;
import cricket.scoring.MatchRules;
import cricket.scoring.Scorecard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What every console test against the real server shares: the run's one {@link RealServer}, a fresh scorer and match
 * per test, a console on its own data folder, and reads of what the server holds.
 */
abstract class RealServerConsole {
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @TempDir
    static Path data;

    RealServer server;
    RealServer.Scorer scorer;
    Stage stage;
    ScorerConsole console;
    Path dataDir;
    /** Where the console's save dialog answers to save (a headless run has no system dialog). */
    final ChosenFile saveAs = new ChosenFile();

    /**
     * The first class of a run starts the embedded PostgreSQL and Redis here, outside TestFX's {@code @Start}, whose
     * setup timeout is meant for building a window, not for an initdb on a busy machine.
     */
    @BeforeAll
    static void startServer() {
        RealServer.shared();
    }

    /** Each test class calls this from its own {@code @Start} (TestFX does not look for inherited ones). */
    void open(Stage window) {
        open(window, MatchRules.t20());
    }

    /** As {@link #open(Stage)}, the fixture played under {@code rules}. */
    void open(Stage window, MatchRules rules) {
        server = RealServer.shared();
        scorer = server.newScorer(rules);
        stage = window;
        dataDir = data.resolve("run-" + System.nanoTime());
        console = new ScorerConsole(new DesktopConfig(server.url(), dataDir, scorer.username()), saveAs);
        console.start(stage);
    }

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
        if (server != null && !server.running()) {
            server.start(0); // a failed test must not leave the next one without a server
        }
    }

    /** Closes this console (as a crash or a restart would) and opens a new one on the same data folder. */
    void restartConsole(FxRobot robot) {
        robot.interact(() -> {
            console.close();
            console = new ScorerConsole(new DesktopConfig(server.url(), dataDir, scorer.username()), saveAs);
            console.start(stage);
        });
    }

    ApiClient signedIn() {
        ApiClient api = new ApiClient(server.url());
        api.login(scorer.username(), RealServer.PASSWORD);
        return api;
    }

    List<StoredEvent> serverEvents() {
        return signedIn().events(scorer.matchId(), 0);
    }

    Scorecard serverScorecard() throws Exception {
        JsonNode card = new ApiClient(server.url()).scorecard(scorer.matchId());
        return JSON.treeToValue(card, Scorecard.class);
    }

    /** The public commentary page of the match, as the server renders it. */
    String serverCommentary() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.url() + "/api/v1/matches/" + scorer.matchId() + "/commentary"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return page.body();
    }

    int unsent() {
        return console.outbox().status().waiting();
    }

    /**
     * Once every ball is sent, the server's scorecard is the console's. The public scorecard is rendered after the
     * server acknowledges a ball and a read waits for that render only briefly, so on a busy machine it may still
     * show the ball before: the agreement is awaited, and the last difference is what a timeout shows.
     */
    void serverAgrees() throws Exception {
        ConsoleDriver.waitFor(() -> unsent() == 0);
        Scorecard expected = console.scoring().state().scorecard();
        ConsoleDriver.waitFor(
                () -> expected.equals(serverScorecardOrNull()), () -> "server: " + serverScorecardOrNull());
        assertThat(serverScorecard()).isEqualTo(expected);
    }

    private Scorecard serverScorecardOrNull() {
        try {
            return serverScorecard();
        } catch (Exception e) {
            return null;
        }
    }
}
