package cricket.server.web;

import static cricket.server.cache.CacheTestKit.dbQueries;
import static cricket.server.cache.CacheTestKit.settledDbQueries;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.server.App;
import cricket.server.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the page-read tests share: a page's requests read off its shell, and the check that they cost no query. */
final class PageViews {
    static final Pattern ASSET = Pattern.compile("/assets/[A-Za-z.]*\\.[0-9a-f]{10}\\.(js|css)");

    private PageViews() {}

    /** A page: its shell's path, the assets the shell names, and its script's text (the asset named {@code name.}). */
    record Page(List<String> paths, String script) {}

    static Page read(Http http, String shellPath, String scriptName) {
        Http.Reply shell = http.get(shellPath);
        assertThat(shell.status()).as(shellPath).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        paths.add(shellPath);
        Matcher assets = ASSET.matcher(shell.body());
        while (assets.find()) {
            paths.add(assets.group());
        }
        String script = paths.stream()
                .filter(p -> p.contains("/" + scriptName + "."))
                .findFirst()
                .map(p -> http.get(p).body())
                .orElseThrow(() -> new AssertionError("the shell names no " + scriptName + " script: " + shell.body()));
        return new Page(paths, script);
    }

    /**
     * Reads every path once (the first read of a view may miss), then ten page views of them all: each answers 200,
     * each API view from the cache, and the database counts no query.
     */
    static void assertTenViewsCostNoQuery(App app, Http http, List<String> paths) throws InterruptedException {
        paths.forEach(http::get);
        double before = settledDbQueries(app, 300);
        for (int view = 0; view < 10; view++) {
            for (String path : paths) {
                Http.Reply r = http.get(path);
                assertThat(r.status()).as(path).isEqualTo(200);
                if (path.startsWith("/api/")) {
                    assertThat(r.headers().firstValue("X-Cache")).as(path).hasValue("HIT");
                }
            }
        }
        assertThat(dbQueries(app))
                .as("queries during 10 page views of " + paths)
                .isEqualTo(before);
    }

    /** The probe's first non-null answer, polled for up to 10 s. */
    static <T> T await(Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not seen within 10 s");
    }
}
