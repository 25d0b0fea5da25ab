package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.BallBowled;
import cricket.scoring.DayEnded;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchStarted;
import cricket.server.App;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A short Test scored over HTTP with stumps after the fourteenth ball and play on the next morning: the match page
 * says Day 2, the worm and the Manhattan draw a labelled marker where day 1 ended (their captions say what it is),
 * and the commentary has its line.
 */
class TestDaysPageBrowserTest {
    private static final int DAY_ONE_BALLS = 14;
    private static final int BALLS = 20;

    private static App app;
    private static Http admin;
    private static long matchId;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.match(admin, "A Test over two days");
        List<MatchEvent> events = new ArrayList<>();
        int balls = 0;
        for (MatchEvent event : Fixtures.SOURCE.events()) {
            if (event instanceof MatchStarted s) {
                event = new MatchStarted(s.teams(), s.tossWinner(), s.tossDecision(), MatchRules.test());
            }
            events.add(event);
            if (event instanceof BallBowled && ++balls == DAY_ONE_BALLS) {
                events.add(new DayEnded(1));
            }
            if (balls == BALLS) {
                break;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            ObjectNode tree = app.services().json().mapper().valueToTree(events.get(i));
            tree.put("type", events.get(i).typeName());
            Http.Reply r = admin.post(
                    "/api/v1/matches/" + matchId + "/events",
                    "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + i + ",\"event\":" + tree + "}");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
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
    void thePageShowsDayTwoTheStumpsLineAndADayMarkOnTheWormAndTheManhattan() {
        JsonNode live = admin.get("/api/v1/matches/" + matchId + "/live").json();
        JsonNode close =
                admin.get("/api/v1/matches/" + matchId + "/scorecard").json().at("/closeOfPlay/0");
        assertThat(live.get("day").asInt()).isEqualTo(2);

        browser.get("http://127.0.0.1:" + app.port() + "/matches/" + matchId);

        String day = Chromium.await(browser, d -> {
            String text = d.findElement(By.cssSelector("[data-testid=day]")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(day).isEqualTo("Day " + live.get("day").asInt());
        String stumps = Chromium.await(browser, d -> {
            List<WebElement> lines = d.findElements(By.cssSelector("[data-testid=stumps]"));
            return lines.isEmpty() ? null : lines.get(0).getText();
        });
        assertThat(stumps).isEqualTo(close.get("text").asText()).startsWith("Stumps, day 1: ");
        for (String chart : List.of("worm", "manhattan")) {
            WebElement mark = Chromium.await(browser, d -> {
                List<WebElement> marks =
                        d.findElements(By.cssSelector("[data-testid=" + chart + "] [data-testid=day-mark]"));
                return marks.isEmpty() ? null : marks.get(0);
            });
            assertThat(mark.getAttribute("data-day")).as(chart).isEqualTo("1");
            assertThat(mark.getText()).as(chart).isEqualTo("Stumps, day 1");
            assertThat(mark.isDisplayed()).as(chart).isTrue();
            WebElement plot = browser.findElement(By.cssSelector("[data-testid=" + chart + "] .u-over"));
            int x = mark.getLocation().getX() - plot.getLocation().getX();
            assertThat(x)
                    .as(chart + ": the mark sits inside the plot")
                    .isBetween(1, plot.getSize().getWidth() - 1);
            String caption = browser.findElement(By.cssSelector("[data-testid=" + chart + "]"))
                    .findElement(By.xpath("./ancestor::figure/figcaption"))
                    .getText();
            assertThat(caption).as(chart).endsWith("each day's end with a dashed line");
        }
    }
}
