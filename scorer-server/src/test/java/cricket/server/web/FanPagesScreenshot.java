package cricket.server.web;

import cricket.cricsheet.CricsheetMatch;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots of the fans' pages (home, matches of each kind, tournament) at 360 and 1280 px, light and
 * dark, into target/fan-pages/, for a person to look at; each page's sideways overflow is listed in overflow.txt.
 * Real Cricsheet matches: a chase all out, a super over, long names, a Test with a declaration, an ODI chase in
 * progress, a retirement. Not part of the default run (the name does not end in Test); run it with
 * {@code mvn -B test -pl scorer-server -am -Dtest=FanPagesScreenshot -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FanPagesScreenshot {
    private static final Path OUT = Path.of("target", "fan-pages");

    @Test
    void writesEveryFanPageAtPhoneAndDesktopSizeInLightAndDark() throws IOException {
        try (App app = TestServer.startApp()) {
            Map<String, String> pages = new LinkedHashMap<>();
            var imports = app.services().cricsheetImport();
            String league = "A Premier League With Quite A Long Name 2026";
            pages.put(
                    "allout",
                    "/matches/"
                            + imports.importMatch(read("1082591.json"), Integer.MAX_VALUE, league)
                                    .matchId());
            pages.put(
                    "superover",
                    "/matches/"
                            + imports.importMatch(read("756767.json"), Integer.MAX_VALUE, league)
                                    .matchId());
            pages.put(
                    "longnames",
                    "/matches/"
                            + imports.importMatch(read("1208093.json"), Integer.MAX_VALUE, league)
                                    .matchId());
            pages.put(
                    "test",
                    "/matches/"
                            + imports.importMatch(read("1031659.json"), Integer.MAX_VALUE, null)
                                    .matchId());
            CricsheetMatch odi = read("1262757.json");
            long chase =
                    imports.importMatch(odi, secondInnings(odi) + 120, league).matchId();
            pages.put("chase", "/matches/" + chase);
            CricsheetMatch hurt = read("1082628.json");
            pages.put(
                    "retired",
                    "/matches/"
                            + imports.importMatch(hurt, Integer.MAX_VALUE, league)
                                    .matchId());
            long tournament = app.services().fixtures().summary(chase).tournamentId();
            pages.put("home", "/");
            pages.put("tournament", "/tournaments/" + tournament);
            Files.createDirectories(OUT);
            List<String> overflow = new ArrayList<>();
            for (int width : new int[] {360, 1280}) {
                for (boolean dark : new boolean[] {false, true}) {
                    ChromeDriver browser = Chromium.start(width, 900);
                    try {
                        browser.executeCdpCommand(
                                "Emulation.setEmulatedMedia",
                                Map.of(
                                        "features",
                                        List.of(Map.of(
                                                "name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
                        for (var page : pages.entrySet()) {
                            metrics(browser, width, 900);
                            browser.get("http://127.0.0.1:" + app.port() + page.getValue());
                            sleep(2500);
                            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
                            metrics(browser, width, (int) Math.min(height, 7000));
                            sleep(800);
                            Object wide = browser.executeScript(
                                    "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                                            + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                                            + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent||'').slice(0,40)).slice(0,15)");
                            overflow.add(page.getKey() + " " + width + (dark ? " dark" : " light") + ": " + wide);
                            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
                            Files.copy(
                                    shot,
                                    OUT.resolve(page.getKey() + "-" + width + (dark ? "-dark" : "") + ".png"),
                                    StandardCopyOption.REPLACE_EXISTING);
                        }
                    } finally {
                        browser.quit();
                    }
                }
            }
            Files.write(OUT.resolve("overflow.txt"), overflow);
        }
    }

    private static CricsheetMatch read(String name) {
        return DevMatches.read(name);
    }

    private static int secondInnings(CricsheetMatch match) {
        List<MatchEvent> events = match.events();
        int i = 0;
        int seen = 0;
        while (seen < 2) {
            seen += events.get(i++) instanceof InningsStarted ? 1 : 0;
        }
        return i;
    }

    private static void metrics(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
