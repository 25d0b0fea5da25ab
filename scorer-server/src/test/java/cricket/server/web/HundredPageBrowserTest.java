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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The match page of a match whose overs are five balls (The Hundred, a real match part-played): rates use the
 * match's own over, and each innings' commentary sits under its heading. Beside it a real T20 played to the end, whose
 * chase was all out: its scorecard says so rather than "/10".
 */
class HundredPageBrowserTest {
    private static final CricsheetMatch SOURCE = DevMatches.read("1521264.json");
    private static final CricsheetMatch ALL_OUT_CHASE = DevMatches.read("1082591.json");

    private static App app;
    private static long matchId;
    private static long allOutMatchId;
    private static Http reader;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        // A few events into the second innings: a bowler mid-spell, and a newest commentary page (20 lines) that
        // reaches back into the first innings.
        List<MatchEvent> events = SOURCE.events();
        int second = 0;
        int seen = 0;
        while (seen < 2) {
            seen += events.get(second++) instanceof InningsStarted ? 1 : 0;
        }
        matchId = app.services()
                .cricsheetImport()
                .importMatch(SOURCE, second + 8, "The Hundred")
                .matchId();
        allOutMatchId = app.services()
                .cricsheetImport()
                .importMatch(ALL_OUT_CHASE, ALL_OUT_CHASE.events().size(), "A T20 chase all out")
                .matchId();
        reader = new Http(app);
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    @Test
    void theBowlersEconomyIsRunsPerFiveBallOverAndEachInningsHasItsHeading() {
        JsonNode live = reader.get("/api/v1/matches/" + matchId + "/live").json();
        assertThat(live.get("ballsPerOver").asInt()).isEqualTo(5);
        JsonNode bowler = live.get("bowler");
        String[] overs = bowler.get("overs").asText().split("\\.");
        int balls = Integer.parseInt(overs[0]) * 5 + (overs.length > 1 ? Integer.parseInt(overs[1]) : 0);
        double runs = bowler.get("runs").asInt();
        String expected = String.format(Locale.ROOT, "%.2f", runs * 5 / balls);
        assertThat(expected).isNotEqualTo(String.format(Locale.ROOT, "%.2f", runs * 6 / balls));

        browser.get("http://127.0.0.1:" + app.port() + "/matches/" + matchId);
        String shown = Chromium.await(browser, d -> {
            List<WebElement> cells = d.findElements(By.cssSelector("[data-testid=bowler] tbody td"));
            return cells.isEmpty() ? null : cells.get(cells.size() - 1).getText();
        });
        assertThat(shown).isEqualTo(expected);

        List<String> breaks = Chromium.await(browser, d -> {
            List<String> texts = d.findElements(By.cssSelector("[data-testid=innings-break]")).stream()
                    .map(WebElement::getText)
                    .toList();
            return texts.size() == 2 ? texts : null;
        });
        JsonNode card = reader.get("/api/v1/matches/" + matchId + "/scorecard").json();
        assertThat(breaks)
                .containsExactly(
                        "Innings 2: " + card.at("/innings/1/battingTeam").asText(),
                        "Innings 1: " + card.at("/innings/0/battingTeam").asText());
    }

    @Test
    void anInningsAllOutReadsAllOutInItsHeadingAndTotal() {
        JsonNode second = reader.get("/api/v1/matches/" + allOutMatchId + "/scorecard")
                .json()
                .at("/innings/1");
        assertThat(second.get("allOut").asBoolean()).isTrue();
        String heading =
                second.get("battingTeam").asText() + " " + second.get("runs").asInt() + " all out ("
                        + second.get("overs").asText() + " ov), batting";

        browser.get("http://127.0.0.1:" + app.port() + "/matches/" + allOutMatchId);
        List<String> captions = Chromium.await(browser, d -> {
            List<String> texts = d.findElements(By.cssSelector("[data-testid=scorecard] caption")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.endsWith(", batting"))
                    .toList();
            return texts.size() == 2 ? texts : null;
        });
        assertThat(captions).contains(heading);
        assertThat(captions).noneMatch(c -> c.contains("/10"));
        List<String> totals = browser.findElements(By.cssSelector("[data-testid=scorecard] tfoot tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("Total"))
                .toList();
        assertThat(totals)
                .anyMatch(t -> t.contains("all out, " + second.get("overs").asText() + " ov"));
    }

    @Test
    void theScoreStripOfAnInningsAllOutReadsAllOut() {
        JsonNode live = reader.get("/api/v1/matches/" + allOutMatchId + "/live").json();
        assertThat(live.get("allOut").asBoolean()).isTrue();
        String allOut = live.get("runs").asInt() + " all out";

        browser.get("http://127.0.0.1:" + app.port() + "/matches/" + allOutMatchId);
        String strip = Chromium.await(browser, d -> {
            String text = d.findElement(By.id("score")).getText();
            return text.equals("-") ? null : text;
        });
        assertThat(strip).isEqualTo(allOut);
        assertThat(live.get("summary").asText()).contains(" " + allOut + " (");
    }

    @Test
    void theChartsLegendsDrawTheWicketMarksAsTheChartsDo() {
        browser.get("http://127.0.0.1:" + app.port() + "/matches/" + allOutMatchId);
        // The worm rings each wicket (a hollow swatch), the Manhattan dots it (a filled one).
        String transparent = "rgba(0, 0, 0, 0)";
        assertThat(wicketSwatch("worm", "wickets")).isEqualTo(transparent);
        assertThat(wicketSwatch("manhattan", "Wicket in the over")).isNotEqualTo(transparent);
        assertThat(browser.findElement(By.cssSelector("[data-testid=manhattan]"))
                        .findElement(By.xpath("./ancestor::figure/figcaption"))
                        .getText())
                .doesNotContain("marked W");
    }

    /** The background of the legend swatch of the chart's wicket series, the one whose label ends so. */
    private static String wicketSwatch(String chart, String labelEnd) {
        return Chromium.await(browser, d -> {
            for (WebElement row : d.findElements(By.cssSelector("[data-testid=" + chart + "] .u-legend .u-series"))) {
                if (row.getText().trim().endsWith(labelEnd)) {
                    return row.findElement(By.cssSelector(".u-marker")).getCssValue("background-color");
                }
            }
            return null;
        });
    }
}
