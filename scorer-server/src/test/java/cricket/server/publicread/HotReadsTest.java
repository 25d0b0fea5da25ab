package cricket.server.publicread;

import static cricket.server.cache.CacheTestKit.counter;
import static cricket.server.cache.CacheTestKit.reads;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HotReads} against Javalin on the wire: the same request answered by the fast path (no query string) and by
 * Javalin's route (an ignored query parameter makes the fast path pass it on) must be the same bytes, status line,
 * every header in order and body, with only the Date header allowed to differ; everything that is not a cache hit
 * reaches Javalin and asks the cache once.
 */
class HotReadsTest {
    static final int BALLS = 30;
    static App app;
    static long matchId;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer", Role.SCORER);
        matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        CacheTestKit.balls(app, scorerHttp, matchId, 1, BALLS);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/matches/%d/live",
                "/api/live-score/%d",
                "/api/v1/matches/%d/scorecard",
                "/api/v1/matches/%d/commentary",
                "/api/v1/matches/%d/charts",
                "/api/v1/live-matches"
            })
    void theFastPathAnswersByteForByteWhatJavalinAnswers(String route) {
        String path = route.formatted(matchId);
        // A match's views are at its seq; the live list's version also counts other matches and fixture edits.
        String etag = etag(get(app, path));
        if (route.contains("%d")) {
            assertThat(etag).isEqualTo("\"" + BALLS + "\"");
        }
        String older = "\"" + (Integer.parseInt(etag.replace("\"", "")) - 1) + "\"";
        String[][] variants = {
            {},
            {"Accept-Encoding: gzip, deflate"},
            {"Accept-Encoding: br"},
            {"If-None-Match: " + etag},
            {"If-None-Match: " + etag, "Accept-Encoding: gzip"},
            {"If-None-Match: " + older},
        };
        for (String[] headers : variants) {
            double hot = hotReads(app);
            double hits = reads(app, "hit");
            String fast = withoutDate(get(app, path, headers));
            assertThat(hotReads(app)).as("answered by the fast path: " + fast).isEqualTo(hot + 1);
            String javalin = withoutDate(get(app, path + "?via=javalin", headers));
            assertThat(hotReads(app)).as("answered by Javalin").isEqualTo(hot + 1);
            assertThat(fast).as(path + " " + Arrays.toString(headers)).isEqualTo(javalin);
            assertThat(fast).contains("X-Cache: HIT").contains("Access-Control-Allow-Origin: *");
            assertThat(reads(app, "hit")).as("each read asks the cache once").isEqualTo(hits + 2);
        }
        assertThat(withoutDate(get(app, path, "If-None-Match: " + etag))).startsWith("HTTP/1.1 304 ");
        assertThat(withoutDate(get(app, path, "Accept-Encoding: gzip"))).contains("Content-Encoding: gzip");
    }

    @Test
    void aHitIsTimedLikeAJavalinRequest() {
        Timer timer = app.services()
                .registry()
                .find("cricket_http_requests")
                .tags("method", "GET", "route", "/api/v1/matches/{id}/live", "status", "200")
                .timer();
        long before = timer == null ? 0 : timer.count();
        get(app, "/api/v1/matches/" + matchId + "/live");
        get(app, "/api/v1/matches/" + matchId + "/live?via=javalin");
        assertThat(app.services()
                        .registry()
                        .find("cricket_http_requests")
                        .tags("method", "GET", "route", "/api/v1/matches/{id}/live", "status", "200")
                        .timer()
                        .count())
                .isEqualTo(before + 2);
    }

    @Test
    void anUnknownMatchIsTheProblemJavalinWouldAnswerAndAsksTheCacheOnce() {
        double hot = hotReads(app);
        double unknown = counter(app, "cricket_cache_unknown_ids");
        String reply = withoutDate(get(app, "/api/v1/matches/999999/live"));
        assertThat(reply).startsWith("HTTP/1.1 404 ").contains("application/problem+json");
        assertThat(reply).contains("\"instance\":\"/api/v1/matches/999999/live\"");
        assertThat(counter(app, "cricket_cache_unknown_ids")).isEqualTo(unknown + 1);
        assertThat(hotReads(app)).isEqualTo(hot);
        // The fast path writes the problem itself (no exception handed to Javalin): the same bytes Javalin sends.
        assertThat(withoutDate(get(app, "/api/v1/matches/999999/live?via=javalin")))
                .isEqualTo(reply);
        assertThat(counter(app, "cricket_cache_unknown_ids")).isEqualTo(unknown + 2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/matches/0/live",
                "/api/v1/matches/01/live",
                "/api/v1/matches/x/live",
                "/api/v1/matches/%d/live/",
                "/api/v1/matches/%d/commentary?limit=5",
                "/api/v1/matches/%d",
                "/api/v1/live-matches/",
                "/api/v1/matches/%d/lives",
                "/health"
            })
    void otherRequestsPassThroughToJavalin(String route) {
        double hot = hotReads(app);
        String answer = get(app, route.formatted(matchId));
        assertThat(answer).as("Javalin answered").matches("(?s)HTTP/1\\.1 [1-5]\\d\\d .*");
        assertThat(hotReads(app)).isEqualTo(hot);
    }

    @Test
    void otherMethodsPassThroughToJavalin() {
        double hot = hotReads(app);
        String post = send(app, "POST /api/v1/matches/" + matchId + "/live HTTP/1.1\r\nContent-Length: 0\r\n");
        assertThat(post).doesNotContain("X-Cache");
        send(app, "DELETE /api/v1/matches/" + matchId + "/live HTTP/1.1\r\n");
        assertThat(hotReads(app)).isEqualTo(hot);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "If-None-Match: \"" + BALLS + "\"\r\n", "Accept-Encoding: gzip\r\n"})
    void aHeadOfAHitIsAnsweredOnTheFastPathWithTheHeadJavalinAnswers(String header) {
        String path = "/api/v1/matches/" + matchId + "/live";
        double hot = hotReads(app);
        double hits = reads(app, "hit");
        String fast = withoutDate(send(app, "HEAD " + path + " HTTP/1.1\r\n" + header));
        assertThat(hotReads(app)).as("answered by the fast path: " + fast).isEqualTo(hot + 1);
        String javalin = withoutDate(send(app, "HEAD " + path + "?via=javalin HTTP/1.1\r\n" + header));
        assertThat(hotReads(app)).as("answered by Javalin").isEqualTo(hot + 1);
        assertThat(fast).isEqualTo(javalin).contains("ETag: \"" + BALLS + "\"").endsWith("\r\n\r\n");
        assertThat(reads(app, "hit")).as("each read asks the cache once").isEqualTo(hits + 2);
    }

    @Test
    void aMissIsAnsweredOnTheFastPathTooAskingTheCacheOnce() {
        try (App second = TestServer.anotherInstance()) {
            String path = "/api/v1/matches/" + matchId + "/live";
            double hot = hotReads(second);
            String miss = withoutDate(get(second, path));
            assertThat(miss).startsWith("HTTP/1.1 200 ").contains("X-Cache: MISS");
            assertThat(reads(second, "miss")).isEqualTo(1);
            assertThat(reads(second, "hit")).isZero();
            assertThat(hotReads(second)).isEqualTo(hot + 1);

            String hit = withoutDate(get(second, path));
            assertThat(hit).contains("X-Cache: HIT");
            assertThat(hotReads(second)).isEqualTo(hot + 2);
            assertThat(hit.replace("X-Cache: HIT", "X-Cache: MISS")).isEqualTo(miss);
            assertThat(withoutDate(get(app, path))).isEqualTo(hit);
        }
    }

    static double hotReads(App app) {
        return counter(app, "cricket_http_hot_reads");
    }

    /** The ETag of a raw response. */
    static String etag(String response) {
        return response.lines()
                .filter(l -> l.startsWith("ETag: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ETag in " + response))
                .substring("ETag: ".length());
    }

    /** A GET over a plain socket: the response exactly as sent (gzip bytes kept as ISO-8859-1 chars). */
    static String get(App app, String path, String... headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        return send(app, request.toString());
    }

    static String send(App app, String requestLineAndHeaders) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLineAndHeaders + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutDate(String response) {
        return response.replaceFirst("(?m)^Date: [^\r\n]*\r\n", "");
    }
}
