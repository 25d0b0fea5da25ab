package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shells and assets are answered before Javalin (issue #13's page views), with the very headers Javalin's routes
 * send: a HEAD, which Javalin answers, gives the status and headers of the fast path's GET.
 */
class HotPagesTest {
    private static final Pattern ASSET = Pattern.compile("/assets/[A-Za-z.]+\\.[0-9a-f]{10}\\.(js|css)");
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
        CacheTestKit.balls(app, scorerHttp, matchId, 1, 6);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyPageAndAssetIsAnsweredBeforeJavalinWithTheHeadersJavalinSends() {
        String shell = send("GET /matches/" + matchId + " HTTP/1.1\r\n");
        Matcher m = ASSET.matcher(shell);
        assertThat(m.find()).as("an asset named in the match page").isTrue();
        List<String> paths = List.of(
                "/",
                "/matches/" + matchId,
                "/tournaments/1",
                m.group(),
                "/matches/987654",
                "/matches/abc",
                "/assets/none.0123456789.js");
        for (String path : paths) {
            for (String extra : new String[] {"", "Accept-Encoding: gzip\r\n"}) {
                double before = CacheTestKit.counter(app, "cricket_http_hot_pages");
                String got = send("GET " + path + " HTTP/1.1\r\n" + extra);
                assertThat(CacheTestKit.counter(app, "cricket_http_hot_pages") - before)
                        .as("GET %s answered before Javalin", path)
                        .isEqualTo(1);
                String headed = send("HEAD " + path + " HTTP/1.1\r\n" + extra);
                assertThat(CacheTestKit.counter(app, "cricket_http_hot_pages") - before)
                        .as("HEAD %s left to Javalin", path)
                        .isEqualTo(1);
                assertThat(headed).as("HEAD %s %s", path, extra).isEqualTo(headersOf(got));
            }
        }
    }

    @Test
    void aMatchingEtagIsA304WithNoBody() {
        String first = send("GET /matches/" + matchId + " HTTP/1.1\r\n");
        Matcher etag = Pattern.compile("(?m)^ETag: ([^\r\n]+)").matcher(first);
        assertThat(etag.find()).isTrue();

        String again = send("GET /matches/" + matchId + " HTTP/1.1\r\nIf-None-Match: " + etag.group(1) + "\r\n");

        assertThat(again).startsWith("HTTP/1.1 304");
        assertThat(again).endsWith("\r\n\r\n");
    }

    private static String headersOf(String response) {
        return response.substring(0, response.indexOf("\r\n\r\n") + 4);
    }

    /** The raw response to a request line and headers, without its Date header. */
    private static String send(String requestLineAndHeaders) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLineAndHeaders + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1).replaceFirst("(?m)^Date: [^\r\n]*\r\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
