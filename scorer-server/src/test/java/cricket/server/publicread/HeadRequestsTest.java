package cricket.server.publicread;

import static cricket.server.publicread.HotReadsTest.etag;
import static cricket.server.publicread.HotReadsTest.get;
import static cricket.server.publicread.HotReadsTest.send;
import static cricket.server.publicread.HotReadsTest.withoutDate;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A HEAD of any public GET answers what the GET would, less the body (issue #14). */
class HeadRequestsTest {
    static App app;
    /** The same data served by an instance with no Redis: no fast path in front of Javalin. */
    static App withoutRedis;

    static long matchId;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer", Role.SCORER);
        matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        CacheTestKit.balls(app, scorerHttp, matchId, 1, 6);
        withoutRedis = App.create(TestServer.config(), TestServer.pool(), null).start();
    }

    @AfterAll
    static void stop() {
        withoutRedis.close();
        app.close();
    }

    static String head(String path, String... headers) {
        return head(app, path, headers);
    }

    static String head(App to, String path, String... headers) {
        StringBuilder request = new StringBuilder("HEAD " + path + " HTTP/1.1\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        return withoutDate(send(to, request.toString()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/matches/%d/live",
                "/api/v1/matches/%d/scorecard",
                "/api/v1/matches/%d/charts",
                "/api/v1/live-matches",
                "/api/v1/matches/%d",
                "/matches/%d",
                "/",
                "/api/v1/matches/987654/live"
            })
    void withoutRedisAHeadStillAnswersTheStatusAndHeadersOfTheGet(String route) {
        String path = route.formatted(matchId);
        String got = withoutDate(get(withoutRedis, path));
        String headed = head(withoutRedis, path);
        assertThat(headed).isEqualTo(headersOf(got));
        assertThat(headed).containsPattern("(?m)^Content-Length: \\d+");
    }

    /** The status line and headers of a raw response, without the body. */
    static String headersOf(String response) {
        return response.substring(0, response.indexOf("\r\n\r\n") + 4);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/matches/%d/live",
                "/api/live-score/%d",
                "/api/v1/matches/%d/scorecard",
                "/api/v1/matches/%d/commentary",
                "/api/v1/matches/%d/commentary?limit=3",
                "/api/v1/live-matches",
                "/api/v1/matches/%d",
                "/api/v1/matches?status=live",
                "/api/v1/tournaments",
                "/api/v1/matches/987654/live"
            })
    void aHeadAnswersTheStatusAndHeadersOfTheGetWithNoBody(String route) {
        String path = route.formatted(matchId);
        String got = withoutDate(get(app, path));
        String headed = head(path);
        assertThat(headed).isEqualTo(headersOf(got));
        assertThat(headed).containsPattern("(?m)^Content-Length: \\d+");
        for (String encoding : new String[] {"Accept-Encoding: gzip"}) {
            assertThat(head(path, encoding)).isEqualTo(headersOf(withoutDate(get(app, path, encoding))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/matches/%d/live", "/api/v1/matches/%d/scorecard", "/api/v1/live-matches"})
    void aHeadWithTheCurrentEtagIsNotModified(String route) {
        String path = route.formatted(matchId);
        String etag = etag(get(app, path));
        String headed = head(path);
        assertThat(headed).contains("ETag: " + etag).contains("Cache-Control: public, max-age=1");
        assertThat(head(path, "If-None-Match: " + etag)).startsWith("HTTP/1.1 304 ");
    }
}
