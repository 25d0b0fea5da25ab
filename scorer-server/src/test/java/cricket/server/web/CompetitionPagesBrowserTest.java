package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The tournament and player pages in a real Chromium: the table and leaders the tournament page shows are the API's,
 * a leader's link opens the player's career, and a scorecard's name links to the same career.
 */
class CompetitionPagesBrowserTest {
    private static final String SEASON = "Browser season";
    private static App app;
    private static Http reader;
    private static long tournamentId;
    private static long matchId;
    private static long superOverMatchId;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        reader = new Http(app);
        for (String file : List.of("1082591.json", "1082628.json", "1187680.json")) {
            long id = app.services()
                    .cricsheetImport()
                    .importMatch(CricsheetReader.read(DevMatches.DIR.resolve(file)), Integer.MAX_VALUE, SEASON)
                    .matchId();
            if (file.equals("1082591.json")) {
                matchId = id;
            } else if (file.equals("1187680.json")) {
                superOverMatchId = id;
            }
        }
        tournamentId = app.services()
                .fixtureRepository()
                .tournamentNamed(SEASON)
                .orElseThrow()
                .id();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Test
    void theTournamentPageShowsTheTableAndLeadersTheApiShows() {
        JsonNode table =
                reader.get("/api/v1/tournaments/" + tournamentId + "/table").json();
        JsonNode leaders =
                reader.get("/api/v1/tournaments/" + tournamentId + "/leaders").json();
        browser.get(url("/tournaments/" + tournamentId));

        List<WebElement> rows = Chromium.await(browser, d -> {
            List<WebElement> r = d.findElements(By.cssSelector("[data-testid=table] tbody tr"));
            return r.size() == table.get("rows").size() ? r : null;
        });
        for (int i = 0; i < rows.size(); i++) {
            JsonNode expected = table.get("rows").get(i);
            assertThat(rows.get(i).getAttribute("data-team"))
                    .isEqualTo(expected.get("team").asText());
            assertThat(rows.get(i).findElement(By.cssSelector(".pts")).getText())
                    .isEqualTo(expected.get("points").asText());
        }
        assertThat(browser.findElement(By.id("name")).getText())
                .startsWith(table.get("name").asText());

        WebElement topBatter = browser.findElement(By.cssSelector("[data-testid=leaders-runs] tbody tr"));
        JsonNode top = leaders.get("runs").get(0);
        assertThat(topBatter.findElement(By.cssSelector("th a")).getText())
                .isEqualTo(top.get("player").asText());
        assertThat(topBatter.findElement(By.cssSelector(".runs")).getText())
                .isEqualTo(top.get("runs").asText());
        WebElement topBowler = browser.findElement(By.cssSelector("[data-testid=leaders-wickets] tbody tr"));
        assertThat(topBowler.findElement(By.cssSelector(".wkts")).getText())
                .isEqualTo(leaders.get("wickets").get(0).get("wickets").asText());

        topBatter.findElement(By.cssSelector("th a")).click();
        Chromium.await(
                browser,
                d -> d.getCurrentUrl()
                        .endsWith("/players/" + top.get("playerId").asLong()));
        JsonNode career = reader.get("/api/v1/players/" + top.get("playerId").asLong() + "/career")
                .json();
        assertCareerShown(career);
    }

    @Test
    void aScorecardNameLinksToThePlayersCareer() {
        JsonNode card = reader.get("/api/v1/matches/" + matchId + "/scorecard").json();
        String batter =
                card.get("innings").get(0).get("batting").get(0).get("name").asText();
        browser.get(url("/matches/" + matchId));
        WebElement link = Chromium.await(
                browser,
                d -> d.findElements(By.cssSelector("[data-testid=scorecard] th a")).stream()
                        .filter(a -> a.getText().equals(batter))
                        .findFirst()
                        .orElse(null));
        link.click();
        Chromium.await(browser, d -> d.getCurrentUrl().matches(".*/players/[0-9]+$"));
        String id = browser.getCurrentUrl().replaceAll(".*/players/", "");
        JsonNode career = reader.get("/api/v1/players/" + id + "/career").json();
        assertThat(career.get("player").asText()).isEqualTo(batter);
        assertCareerShown(career);
    }

    @Test
    void theHomeAndTournamentPagesGiveEachResultItsScoresAndOutcome() {
        String expected = "Sunrisers Hyderabad 207/4 (20) · Royal Challengers Bangalore 172 all out (19.4)"
                + " · Sunrisers Hyderabad won by 35 runs";
        for (String page : List.of("/", "/tournaments/" + tournamentId)) {
            browser.get(url(page));
            String shown = Chromium.await(browser, d -> {
                List<WebElement> lines =
                        d.findElements(By.cssSelector("li[data-match='" + matchId + "'] [data-testid=result]"));
                return lines.isEmpty() || lines.get(0).getText().isEmpty()
                        ? null
                        : lines.get(0).getText();
            });
            assertThat(shown).as(page).isEqualTo(expected);
            // A result of 2017 says so: without the year it could be any April's.
            assertThat(browser.findElement(By.cssSelector("li[data-match='" + matchId + "'] .meta"))
                            .getText())
                    .as(page)
                    .contains("2017");
        }
    }

    /**
     * A home page view in a real browser (the shell, its script and styles, the live list and the fixtures and
     * results with their scores) costs no database query: every list is a cached site view.
     */
    @Test
    void viewingTheHomePageCostsNoDatabaseQuery() throws Exception {
        By result = By.cssSelector("li[data-match='" + matchId + "'] [data-testid=result]");
        browser.get(url("/")); // the views are cached once
        Chromium.await(browser, d -> !d.findElement(result).getText().isEmpty());
        double before = CacheTestKit.settledDbQueries(app, 300);

        for (int i = 0; i < 3; i++) {
            browser.navigate().refresh();
            Chromium.await(
                    browser,
                    d -> d.findElements(result).stream()
                            .anyMatch(line -> line.getText().endsWith("Sunrisers Hyderabad won by 35 runs")));
        }

        assertThat(CacheTestKit.settledDbQueries(app, 300)).isEqualTo(before);
    }

    @Test
    void theScorecardsExtrasAndTotalAreNotPlayerLinks() {
        browser.get(url("/matches/" + matchId));
        Chromium.await(
                browser,
                d -> !d.findElements(By.cssSelector("[data-testid=scorecard] tbody th a"))
                        .isEmpty());
        List<String> footers = browser.findElements(By.cssSelector("[data-testid=scorecard] tfoot th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(footers).contains("Extras", "Total");
        assertThat(browser.findElements(By.cssSelector("[data-testid=scorecard] tfoot a")))
                .isEmpty();
    }

    @Test
    void theScoreStripOfASuperOverSaysItIsTheSuperOver() {
        JsonNode live =
                reader.get("/api/v1/matches/" + superOverMatchId + "/live").json();
        assertThat(live.get("superOver").asBoolean()).isTrue();
        browser.get(url("/matches/" + superOverMatchId));
        String batting = Chromium.await(browser, d -> {
            String text = d.findElement(By.id("batting")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(batting).isEqualTo("Super over: " + live.get("battingTeam").asText());
    }

    @Test
    void aSuperOversOneOverLeavesNoEmptyRecentOversHeading() {
        browser.get(url("/matches/" + superOverMatchId));
        Chromium.await(
                browser,
                d -> !d.findElements(By.cssSelector("[data-testid=scorecard] tbody tr"))
                        .isEmpty());
        assertThat(browser.findElements(By.cssSelector("#recent li"))).isEmpty();
        assertThat(browser.findElement(By.id("recent-h")).isDisplayed()).isFalse();
    }

    @Test
    void onA360PixelPhoneEveryTableFitsItsCardWithoutScrollingSideways() {
        ChromeDriver phone = Chromium.start(360, 800);
        try {
            // The viewport itself at 360 px (a headless window is no narrower than 500 px).
            phone.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            Map<String, String> pages = Map.of(
                    "/matches/" + matchId, "[data-testid=scorecard] tbody tr",
                    "/tournaments/" + tournamentId, "[data-testid=leaders-wickets] tbody tr");
            for (var page : pages.entrySet()) {
                phone.get(url(page.getKey()));
                Chromium.await(
                        phone,
                        d -> !d.findElements(By.cssSelector(page.getValue())).isEmpty());
                @SuppressWarnings("unchecked")
                List<String> wide = (List<String>) phone.executeScript("return [...document.querySelectorAll('.card')]"
                        + ".filter((c) => c.scrollWidth > c.clientWidth)"
                        + ".map((c) => c.querySelector('h2').textContent + ' ' + c.scrollWidth + '>' + c.clientWidth)");
                assertThat(wide).as(page.getKey()).isEmpty();
            }
        } finally {
            phone.quit();
        }
    }

    @Test
    void anUnknownPlayersNameIsThe404Page() {
        Http.Reply r = reader.get("/players/named/Nobody%20At%20All");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("text/html");
    }

    private static void assertCareerShown(JsonNode career) {
        Chromium.await(
                browser,
                d -> d.findElement(By.cssSelector("[data-testid=player-name]"))
                        .getText()
                        .equals(career.get("player").asText()));
        JsonNode format = career.get("formats").get(0);
        WebElement row = Chromium.await(
                browser,
                d -> d.findElement(By.cssSelector("[data-testid=career-batting] tr[data-format='"
                        + format.get("format").asText() + "']")));
        assertThat(row.findElement(By.cssSelector(".runs")).getText())
                .isEqualTo(format.get("batting").get("runs").asText());
    }
}
