package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages and their assets on the wire: names, caching headers, compression, the 404 page and the size budget. */
class WebPagesTest {
    private static final Pattern ASSET = Pattern.compile("/assets/[A-Za-z.]+\\.([0-9a-f]{10})\\.(js|css)");
    private static final HttpClient RAW = HttpClient.newHttpClient();
    private static App app;
    private static long matchId;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer", Role.SCORER);
        matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        CacheTestKit.balls(app, scorerHttp, matchId, 1, 60);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return RAW.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> assetsOf(String html) {
        List<String> paths = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            paths.add(m.group());
        }
        return paths;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/matches/%d", "/tournaments/1"})
    void aShellIsShortCachedAndNamesEveryAssetByItsContentsHash(String route) {
        HttpResponse<byte[]> shell = get(route.formatted(matchId));

        assertThat(shell.statusCode()).isEqualTo(200);
        assertThat(shell.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(shell.headers().firstValue("Cache-Control")).hasValue(WebPages.SHELL);
        List<String> assets = assetsOf(new String(shell.body(), StandardCharsets.UTF_8));
        assertThat(assets).isNotEmpty();
        for (String path : assets) {
            HttpResponse<byte[]> asset = get(path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            Matcher m = ASSET.matcher(path);
            assertThat(m.matches()).isTrue();
            assertThat(WebAssets.hash(asset.body())).startsWith(m.group(1));
            String type = asset.headers().firstValue("Content-Type").orElseThrow();
            assertThat(type).startsWith(path.endsWith(".js") ? "text/javascript" : "text/css");
        }
    }

    @Test
    void anAssetIsSentGzippedWhenAcceptedAndA304ForItsEtag() {
        String path = assetsOf(body("/matches/" + matchId)).get(0);
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> gz = get(path, "Accept-Encoding", "gzip, deflate");

        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gz.body())).isEqualTo(plain.body());
        assertThat(gz.body().length).isLessThan(plain.body().length);
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void theFirstLoadOfAMatchPageIsWithin150KbCompressed() {
        String html = body("/matches/" + matchId);
        long total = get("/matches/" + matchId, "Accept-Encoding", "gzip").body().length;
        for (String path : assetsOf(html)) {
            total += get(path, "Accept-Encoding", "gzip").body().length;
        }
        for (String view : List.of("live", "scorecard", "commentary", "charts")) {
            HttpResponse<byte[]> r = get("/api/v1/matches/" + matchId + "/" + view, "Accept-Encoding", "gzip");
            assertThat(r.statusCode()).as(view).isEqualTo(200);
            total += r.body().length;
        }
        assertThat(total).isLessThan(150 * 1024);
        // uPlot, the scripts and the styles really are in that figure.
        assertThat(assetsOf(html)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theChartsViewEndsEachOverOnTheRunningTotalOfTheLiveScore() {
        JsonNode live =
                new Http(app).get("/api/v1/matches/" + matchId + "/live").json();
        JsonNode charts =
                new Http(app).get("/api/v1/matches/" + matchId + "/charts").json();

        assertThat(charts.get("version").asInt()).isEqualTo(live.get("version").asInt());
        JsonNode innings = charts.get("innings").get(charts.get("innings").size() - 1);
        JsonNode overs = innings.get("overs");
        assertThat(overs.get(overs.size() - 1).get("total").asInt())
                .isEqualTo(live.get("runs").asInt());
        int wickets = 0;
        for (JsonNode over : overs) {
            wickets += over.get("wickets").size();
        }
        assertThat(wickets).isEqualTo(live.get("wickets").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/matches/999999", "/matches/abc", "/matches/0", "/assets/nothing.js"})
    void anUnknownMatchOrAssetIsTheNotFoundPage(String path) {
        HttpResponse<byte[]> r = get(path);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("data-testid=\"not-found\"");
    }

    private static String body(String path) {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }
}
