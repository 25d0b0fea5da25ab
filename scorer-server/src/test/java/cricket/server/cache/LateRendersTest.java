package cricket.server.cache;

import static cricket.server.cache.CacheTestKit.ball;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.publicread.ViewKind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views rendered after the scorer's reply are still readable at the acknowledged version at once: a read made
 * the moment the POST returns waits for their render rather than answering the ball before.
 */
class LateRendersTest {
    static App app;
    static User scorer;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        scorer = TestServer.user(app, "scorer", Role.SCORER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyViewShowsTheAcknowledgedBallOnTheFirstReadAfterThePost() {
        long matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        Http reader = new Http(app);
        List<ViewKind> late = ViewKind.of(ViewKind.Scope.MATCH).stream()
                .filter(k -> k.render() == ViewKind.Render.AFTER_REPLY)
                .toList();
        assertThat(late).contains(ViewKind.SCORECARD, ViewKind.COMMENTARY, ViewKind.CHARTS);

        for (int seq = 1; seq <= 40; seq++) {
            Http.Reply posted = ball(app, scorerHttp, matchId, seq);
            assertThat(posted.status()).as("event %d", seq).isEqualTo(201);
            for (ViewKind kind : late) {
                String path = kind.routes().get(0).replace("{id}", Long.toString(matchId));
                Http.Reply read = reader.get(path);
                assertThat(read.status()).isEqualTo(200);
                // The ETag is the view's version, for every media (a PDF has no JSON to read it from).
                assertThat(read.headers().firstValue("ETag"))
                        .as("%s read right after event %d was acknowledged", kind, seq)
                        .hasValue("\"" + seq + "\"");
            }
        }
    }
}
