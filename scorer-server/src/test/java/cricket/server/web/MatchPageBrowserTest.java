package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.cricsheet.CricsheetMatch;
import cricket.scoring.BallBowled;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The fans' pages in a real Chromium against the real server: what the page shows is what the API shows, and a
 * ball the scorer posts reaches the open page by the stream, after a dropped stream, or by polling when streams are
 * blocked. One browser for the class; the match goes on from test to test, a ball at a time.
 */
class MatchPageBrowserTest {
    private static final CricsheetMatch SOURCE = DevMatches.read("1082591.json");
    private static App app;
    private static Http reader;
    private static Http scorer;
    private static long matchId;
    private static int posted;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorerUser = TestServer.user(app, "scorer", Role.SCORER);
        matchId = CacheTestKit.match(app, "admin", scorerUser.id());
        scorer = new Http(app);
        scorer.login("scorer", TestServer.PASSWORD);
        reader = new Http(app);
        post(30);
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @AfterEach
    void unblock() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }

    private static void post(int count) {
        CacheTestKit.balls(app, scorer, matchId, posted + 1, posted + count);
        posted += count;
    }

    /** Posts events up to and including the next ball; returns the seqs posted. */
    private static List<Integer> postNextBall() {
        List<Integer> seqs = new ArrayList<>();
        MatchEvent event;
        do {
            event = SOURCE.events().get(posted);
            post(1);
            seqs.add(posted);
        } while (!(event instanceof BallBowled));
        return seqs;
    }

    private static void postUntilAWicket() {
        while (true) {
            MatchEvent event = SOURCE.events().get(posted);
            post(1);
            if (event instanceof BallBowled ball
                    && ball.delivery().dismissals().stream()
                            .anyMatch(d -> d.kind().isWicket())) {
                return;
            }
        }
    }

    private static JsonNode live() {
        return reader.get("/api/v1/matches/" + matchId + "/live").json();
    }

    private static String apiScore() {
        JsonNode live = live();
        return live.get("runs").asInt() + "/" + live.get("wickets").asInt();
    }

    private static String base() {
        return "http://127.0.0.1:" + app.port();
    }

    private static String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]"))
                .getText();
    }

    private static void openMatch(String origin) {
        browser.get(origin + "/matches/" + matchId);
        String expected = apiScore();
        Chromium.await(browser, d -> text("score").equals(expected));
        // The page keeps no mark across a reload: one that survives shows the page updated itself.
        ((JavascriptExecutor) browser).executeScript("window.noReload = true");
    }

    private static boolean notReloaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.noReload === true"));
    }

    private static void awaitScoreOfApi() {
        String expected = apiScore();
        Chromium.await(browser, d -> text("score").equals(expected) ? expected : null);
    }

    @Test
    void thePageShowsTheScoreOversBattersAndBowlerTheApiShows() {
        openMatch(base());
        JsonNode live = live();

        assertThat(text("score"))
                .isEqualTo(live.get("runs").asInt() + "/" + live.get("wickets").asInt());
        assertThat(text("overs")).isEqualTo(live.get("overs").asText());
        for (JsonNode b : live.get("batters")) {
            assertThat(text("batters")).contains(b.get("name").asText());
        }
        assertThat(text("bowler")).contains(live.at("/bowler/name").asText());
        Chromium.await(
                browser, d -> text("scorecard").contains(live.get("battingTeam").asText()));
        List<WebElement> headers = browser.findElements(By.cssSelector("[data-testid=scorecard] th[scope=col]"));
        assertThat(headers).isNotEmpty();
        List<String> origins = Chromium.await(browser, d -> resourceOrigins());
        assertThat(origins).containsOnly(base());
    }

    @SuppressWarnings("unchecked")
    private static List<String> resourceOrigins() {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)");
    }

    @Test
    void aBallPostedByTheScorerAppearsOnTheOpenPageWithoutAReload() {
        openMatch(base());
        String before = text("overs");

        List<Integer> seqs = postNextBall();

        awaitScoreOfApi();
        String overs = live().get("overs").asText();
        Chromium.await(browser, d -> text("overs").equals(overs));
        assertThat(overs).isNotEqualTo(before);
        int ball = seqs.get(seqs.size() - 1);
        Chromium.await(
                browser,
                d -> !d.findElements(By.cssSelector("[data-testid=commentary] li[data-seq='" + ball + "']"))
                        .isEmpty());
        assertThat(notReloaded()).isTrue();
    }

    @Test
    void aWicketShowsInTheWormAndTheManhattan() {
        openMatch(base());
        int worm = wickets("worm");
        int manhattan = wickets("manhattan");

        postUntilAWicket();

        Chromium.await(browser, d -> wickets("worm") == worm + 1 && wickets("manhattan") == manhattan + 1);
        assertThat(live().get("wickets").asInt()).isGreaterThan(0);
        assertThat(text("worm")).isNotNull();
        assertThat(notReloaded()).isTrue();
    }

    private static int wickets(String testId) {
        String value = browser.findElement(By.cssSelector("[data-testid=" + testId + "]"))
                .getDomAttribute("data-wickets");
        return value == null ? -1 : Integer.parseInt(value);
    }

    @Test
    void aDroppedStreamResumesWithNothingMissed() throws Exception {
        try (DropProxy proxy = new DropProxy(app.port())) {
            String origin = "http://127.0.0.1:" + proxy.port();
            openMatch(origin);
            Chromium.await(
                    browser, d -> text("score").length() > 0 && connection().equals("live"));

            proxy.cut();
            List<Integer> missed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                missed.addAll(postNextBall());
            }
            proxy.restore();

            awaitScoreOfApi();
            for (int seq : missed) {
                Chromium.await(
                        browser,
                        d -> !d.findElements(By.cssSelector("[data-testid=commentary] li[data-seq='" + seq + "']"))
                                .isEmpty());
            }
            Chromium.await(browser, d -> connection().equals("live"));
            assertThat(notReloaded()).isTrue();
        }
    }

    private static String connection() {
        return browser.findElement(By.id("conn")).getText();
    }

    @Test
    void withStreamsBlockedThePageStillUpdatesByPolling() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/stream*")));
        openMatch(base());
        Chromium.await(browser, d -> connection().startsWith("updating every"));

        postNextBall();

        awaitScoreOfApi();
        assertThat(connection()).startsWith("updating every");
        assertThat(notReloaded()).isTrue();
    }

    @Test
    void anUnknownMatchIsANotFoundPage() {
        Http.Reply reply = reader.get("/matches/" + (matchId + 1000));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("text/html");

        browser.get(base() + "/matches/" + (matchId + 1000));
        assertThat(text("not-found")).isEqualTo("No such page");
    }

    @Test
    void theHomePageListsTheLiveMatchAndUpdatesIt() {
        browser.get(base() + "/");
        By row = By.cssSelector("[data-testid=live-matches] li[data-match='" + matchId + "']");
        String summary = live().get("summary").asText();
        Chromium.await(browser, d -> d.findElement(row).getText().contains(summary));

        postNextBall();

        String next = live().get("summary").asText();
        assertThat(next).isNotEqualTo(summary);
        Chromium.await(browser, d -> d.findElement(row).getText().contains(next));
    }

    /**
     * A ball moves the version of the home page's fixtures and results (it is the site's) without changing what they
     * list: the open page does not redraw them, so a reader's place and focus in them stay put.
     */
    @Test
    void theHomePagesListsAreNotRedrawnWhenOnlyTheirVersionMoves() throws Exception {
        browser.get(base() + "/");
        By row = By.cssSelector("[data-testid=live-matches] li[data-match='" + matchId + "']");
        Chromium.await(
                browser,
                d -> d.findElement(row).getText().contains(live().get("summary").asText()));
        Chromium.await(
                browser,
                d -> d.findElement(By.id("upcoming"))
                                .findElements(By.xpath("*"))
                                .size()
                        > 0);
        browser.executeScript("document.getElementById('upcoming').firstElementChild.dataset.mark = 'drawn before';");
        String before = reader.get("/api/v1/fixtures-and-results")
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        postNextBall();

        String next = live().get("summary").asText();
        Chromium.await(browser, d -> d.findElement(row).getText().contains(next));
        Thread.sleep(6_000); // one more of the page's five-second refreshes, after the lists' new version
        assertThat(reader.get("/api/v1/fixtures-and-results").headers().firstValue("ETag"))
                .as("the ball moved the lists' version")
                .isNotEqualTo(java.util.Optional.of(before));
        assertThat(browser.executeScript(
                        "return document.getElementById('upcoming').firstElementChild.dataset.mark ?? null;"))
                .isEqualTo("drawn before");
    }

    @Test
    void viewingTheMatchPageCostsNoDatabaseQuery() throws Exception {
        openMatch(base()); // the views are cached once
        double before = CacheTestKit.settledDbQueries(app, 300);

        for (int i = 0; i < 3; i++) {
            browser.navigate().refresh();
            String expected = apiScore();
            Chromium.await(browser, d -> text("score").equals(expected));
            Chromium.await(
                    browser,
                    d -> !text("scorecard").isEmpty() && !text("commentary").isEmpty());
        }

        assertThat(CacheTestKit.settledDbQueries(app, 300)).isEqualTo(before);
    }
}
