package cricket.server.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Debian's chromium-driver (.ci/setup installs both), headless, with a fresh profile
 * under target/ and nothing that calls out to the network on its own. Both are found on the PATH, so Selenium never
 * downloads a driver.
 */
final class Chromium {
    private Chromium() {}

    static ChromeDriver start(int width, int height) {
        File browser = onPath("chromium", "chromium-browser");
        File driver = onPath("chromedriver");
        Path profile;
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a browser profile under target/", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // the tests may run as root, where Chromium's sandbox refuses to start
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        return new ChromeDriver(service, options);
    }

    private static File onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f;
                }
            }
        }
        throw new IllegalStateException(
                "no " + List.of(names) + " on the PATH: install Debian's chromium and chromium-driver (.ci/setup)");
    }

    /**
     * Waits up to 20 s (a shared two-core machine) for the condition to give a non-null, non-false value; an element
     * the page replaced while it was read (it redraws on each version) is read again.
     */
    static <T> T await(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
