package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.cricsheet.CricsheetMatch;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The match page once play stops, from real matches imported from Cricsheet: a Test won by an innings (England v
 * West Indies, Edgbaston 2017) played to the end and cut at England's declaration, and a T20 cut after its first
 * innings, whose twenty overs ended with two batters not out.
 */
class MatchOverPageBrowserTest {
    private static final CricsheetMatch TEST = DevMatches.read("1031659.json");
    private static final CricsheetMatch T20 = DevMatches.read("1082591.json");

    private static App app;
    private static Http reader;
    private static long finishedTestId;
    private static long declaredTestId;
    private static long t20BreakId;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        reader = new Http(app);
        finishedTestId = app.services()
                .cricsheetImport()
                .importMatch(TEST, Integer.MAX_VALUE, null)
                .matchId();
        declaredTestId = app.services()
                .cricsheetImport()
                .importMatch(TEST, beforeInnings(TEST, 2), "A Test at its declaration")
                .matchId();
        t20BreakId = app.services()
                .cricsheetImport()
                .importMatch(T20, beforeInnings(T20, 2), "A T20 between innings")
                .matchId();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    /** How many of the match's events come before the given innings starts. */
    private static int beforeInnings(CricsheetMatch match, int number) {
        List<MatchEvent> events = match.events();
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof InningsStarted && ++seen == number) {
                return i;
            }
        }
        throw new IllegalArgumentException("the match has no innings " + number);
    }

    private static JsonNode view(long id, String view) {
        return reader.get("/api/v1/matches/" + id + "/" + view).json();
    }

    private static void open(long id) {
        browser.get("http://127.0.0.1:" + app.port() + "/matches/" + id);
        Chromium.await(
                browser,
                d -> !d.findElements(By.cssSelector("[data-testid=scorecard] tbody tr"))
                        .isEmpty());
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static boolean shown(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    @Test
    void aFinishedMatchShowsItsResultAndEachInningsTopFiguresNotTheCrease() {
        JsonNode live = view(finishedTestId, "live");
        JsonNode card = view(finishedTestId, "scorecard");
        assertThat(live.get("status").asText()).isEqualTo("COMPLETED");
        // The live view still names the batter left not out, the last bowler and a partnership of nothing.
        assertThat(live.get("batters")).isNotEmpty();
        assertThat(live.get("bowler").isNull()).isFalse();
        String result = card.at("/result/text").asText();

        open(finishedTestId);

        String shownResult = Chromium.await(browser, d -> {
            List<WebElement> p = d.findElements(By.cssSelector("[data-testid=summary-result]"));
            return p.isEmpty() ? null : p.get(0).getText();
        });
        assertThat(shownResult).isEqualTo(result);
        assertThat(text("status")).isEqualTo(result);
        assertThat(text("now-h")).isEqualTo("Match summary");
        for (String gone :
                List.of("crease", "batters", "bowler", "partnership", "this-over", "recent-h", "last-wicket")) {
            assertThat(shown(gone)).as(gone).isFalse();
        }
        List<WebElement> blocks = browser.findElements(By.cssSelector("[data-testid=summary-innings]"));
        assertThat(blocks).hasSize(card.get("innings").size());
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode inn = card.get("innings").get(i);
            String block = blocks.get(i).getText();
            assertThat(block)
                    .startsWith(inn.get("battingTeam").asText() + " "
                            + inn.get("runs").asInt());
            JsonNode top = null;
            for (JsonNode b : inn.get("batting")) {
                if (top == null || b.get("runs").asInt() > top.get("runs").asInt()) {
                    top = b;
                }
            }
            assertThat(block)
                    .contains(top.get("name").asText() + " " + top.get("runs").asInt());
            JsonNode best = null;
            for (JsonNode b : inn.get("bowling")) {
                if (best == null
                        || b.get("wickets").asInt() > best.get("wickets").asInt()) {
                    best = b;
                }
            }
            assertThat(block)
                    .contains(best.get("name").asText() + " "
                            + best.get("wickets").asInt() + "/");
        }
    }

    @Test
    void aTestImportedWithoutStumpsClaimsNoDayOfPlay() {
        for (long id : List.of(finishedTestId, declaredTestId)) {
            assertThat(view(id, "scorecard").get("closeOfPlay"))
                    .as("match %d", id)
                    .isEmpty();
            for (JsonNode inn : view(id, "charts").get("innings")) {
                assertThat(inn.get("dayEnds")).as("match %d", id).isEmpty();
            }

            open(id);
            Chromium.await(
                    browser,
                    d -> !text("commentary").isEmpty() && !text("status").isEmpty());

            assertThat(shown("day")).as("match %d", id).isFalse();
            String page = browser.findElement(By.tagName("main")).getText();
            assertThat(page)
                    .as("match %d", id)
                    .doesNotContainPattern("(?i)\\bday \\d")
                    .doesNotContain("day's end");
            assertThat(browser.findElements(By.cssSelector("[data-testid=day-mark]")))
                    .as("match %d", id)
                    .isEmpty();
        }
    }

    @Test
    void thePartnershipsChartHasAKeyInWordsWhoseSwatchesAreTheBarsColours() {
        JsonNode innings = view(finishedTestId, "charts").get("innings");
        JsonNode last = innings.get(innings.size() - 1);
        JsonNode stands = last.get("partnerships");
        assertThat(stands).isNotEmpty();

        open(finishedTestId);

        List<WebElement> bars = Chromium.await(browser, d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[data-testid=partnership-bar]"));
            return rows.size() == stands.size() ? rows : null;
        });
        List<WebElement> key = browser.findElements(By.cssSelector("[data-testid=partnerships-key] li"));
        assertThat(key)
                .extracting(WebElement::getText)
                .containsExactly("first-named batter's runs", "second-named batter's runs", "extras");
        List<String> colours = new ArrayList<>();
        for (WebElement item : key) {
            String part = item.getDomAttribute("data-part");
            String swatch = item.findElement(By.cssSelector(".swatch")).getCssValue("background-color");
            String drawn =
                    bars.get(0).findElement(By.cssSelector(".barbox ." + part)).getCssValue("background-color");
            assertThat(swatch).as(part).isEqualTo(drawn);
            colours.add(swatch);
        }
        assertThat(colours).doesNotHaveDuplicates();
        for (int i = 0; i < stands.size(); i++) {
            JsonNode p = stands.get(i);
            int extras = p.get("runs").asInt()
                    - p.at("/first/runs").asInt()
                    - p.at("/second/runs").asInt();
            String words = bars.get(i).findElement(By.cssSelector(".who")).getText();
            assertThat(words)
                    .startsWith(
                            p.get("wicket").asInt() + ". " + p.at("/first/name").asText() + " "
                                    + p.at("/first/runs").asInt() + ", "
                                    + p.at("/second/name").asText() + " "
                                    + p.at("/second/runs").asInt());
            assertThat(words.endsWith(", extras " + extras)).as(words).isEqualTo(extras > 0);
        }
    }

    @Test
    void theBreakAfterADeclarationOnAWicketShowsNoPartnership() {
        JsonNode live = view(declaredTestId, "live");
        assertThat(live.get("status").asText()).isEqualTo("INNINGS_BREAK");
        assertThat(live.get("declared").asBoolean()).isTrue();
        assertThat(live.get("batters")).hasSize(1); // the wicket fell with the last ball: one batter is left
        String notOut = live.at("/batters/0/name").asText();

        open(declaredTestId);

        Chromium.await(browser, d -> text("status").equals("Innings break"));
        assertThat(text("now-h")).isEqualTo("Innings break");
        assertThat(text("batters")).contains(notOut);
        assertThat(text("partnership")).isEmpty();
        assertThat(text("now")).doesNotContain("Partnership");
        assertThat(text("this-over-h")).isEqualTo("Last over");
    }

    @Test
    void anInningsThatEndsWithTwoNotOutEndsOnTheirUnbrokenStand() {
        JsonNode live = view(t20BreakId, "live");
        assertThat(live.get("status").asText()).isEqualTo("INNINGS_BREAK");
        assertThat(live.get("batters")).hasSize(2);
        JsonNode stand = live.get("partnership");
        assertThat(stand.get("balls").asInt()).isPositive();
        List<String> names = new ArrayList<>();
        live.get("batters").forEach(b -> names.add(b.get("name").asText()));

        open(t20BreakId);

        String shown = Chromium.await(browser, d -> {
            String t = text("partnership");
            return t.isEmpty() ? null : t;
        });
        assertThat(shown)
                .isEqualTo("Partnership " + stand.get("runs").asInt() + " ("
                        + stand.get("balls").asInt() + " balls), unbroken");
        assertThat(text("batters")).contains(names);
    }
}
