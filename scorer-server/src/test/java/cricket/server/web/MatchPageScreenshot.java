package cricket.server.web;

import cricket.server.App;
import cricket.server.TestServer;
import cricket.server.demo.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Writes docs/images/match-phone.png (390x844), match-desktop.png (1280x900) and match-charts.png (the same
 * window scrolled to the charts): the match centre of the demo's match in progress, on the real server with the demo tournament loaded. Not part of the default run (the name does
 * not end in Test); regenerate with
 * {@code mvn -B test -pl scorer-server -am -Dtest=MatchPageScreenshot -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class MatchPageScreenshot {
    private static final Path OUT = Path.of(System.getProperty("screenshot.dir", "../docs/images"));

    @Test
    void writesTheMatchCentreAtPhoneAndDesktopSize() throws IOException {
        try (App app = TestServer.startApp()) {
            DemoData.Loaded demo = DemoData.load(app.services());
            long inPlay = demo.matchIds().get(1);
            shoot(app, inPlay, 390, 844, "match-phone.png", null);
            shoot(app, inPlay, 1280, 900, "match-desktop.png", null);
            shoot(app, inPlay, 1280, 900, "match-charts.png", "charts-h");
        }
    }

    private static void shoot(App app, long matchId, int width, int height, String name, String scrollTo)
            throws IOException {
        ChromeDriver browser = Chromium.start(width, height);
        try {
            // The viewport itself at the size named (a headless window is no narrower than 500 px, and its frame
            // takes part of the height).
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
            browser.get("http://127.0.0.1:" + app.port() + "/matches/" + matchId);
            Chromium.await(
                    browser,
                    d -> !d.findElement(By.cssSelector("[data-testid=scorecard]"))
                                    .getText()
                                    .isEmpty()
                            && d.findElement(By.id("conn")).getText().equals("live"));
            if (scrollTo != null) {
                browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", scrollTo);
            }
            Files.createDirectories(OUT);
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
