package cricket.server.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader whose Accept-Encoding takes brotli gets the brotli copy made once (a cached view's per version, a page
 * file's at start), on the fast path and through Javalin alike, and it unpacks to the very body sent to a reader that
 * takes no coding; a reader weighing gzip higher gets gzip.
 */
class BrotliRepliesTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
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
        CacheTestKit.balls(app, scorerHttp, matchId, 1, 12);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/matches/%d/live",
                "/api/v1/matches/%d/scorecard",
                "/api/v1/matches/%d/commentary",
                "/api/v1/matches/%d/charts",
                "/api/v1/matches/%d/live?via=javalin",
                "/matches/%d",
                "ASSET"
            })
    void aReaderTakingBrotliGetsTheBrotliCopyOfTheSameBody(String route) throws Exception {
        String path = route.equals("ASSET") ? firstAsset() : route.formatted(matchId);
        HttpResponse<byte[]> plain = get(path, null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> br = get(path, "gzip, deflate, br, zstd");
        assertThat(br.statusCode()).isEqualTo(200);
        assertThat(br.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(br.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(br.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
        assertThat(Decoder.decompress(br.body()).getDecompressedData()).isEqualTo(plain.body());
        assertThat(br.body().length).isLessThan(plain.body().length);

        HttpResponse<byte[]> gzipPreferred = get(path, "br;q=0.4, gzip;q=0.9");
        assertThat(gzipPreferred.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    static String firstAsset() {
        String shell = new Http(app).get("/matches/" + matchId).body();
        Matcher asset =
                Pattern.compile("/assets/[A-Za-z.]*\\.[0-9a-f]{10}\\.js").matcher(shell);
        assertThat(asset.find()).as("the shell names a script").isTrue();
        return asset.group();
    }

    static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
