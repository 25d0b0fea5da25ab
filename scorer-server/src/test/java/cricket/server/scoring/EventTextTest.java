package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.BallBowled;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.StoredRows;
import cricket.server.TestServer;
import cricket.server.domain.Text;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A string in a posted event (a ball's commentary here) with a control character or beyond {@link Text#MAX_TEXT}
 * is a 400 naming where it sits; a NUL used to reach PostgreSQL's jsonb and come back as a 503.
 */
class EventTextTest {
    static final List<MatchEvent> EVENTS = DevMatches.read("1082591.json").events();
    static App app;
    static Http admin;
    static long matchId;
    static int firstBall;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.match(admin, "Event text");
        while (!(EVENTS.get(firstBall) instanceof BallBowled)) {
            assertThat(post(firstBall, tree(EVENTS.get(firstBall))).status()).isEqualTo(201);
            firstBall++;
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what a \u0000 shot", "beaten\u0007", "long"})
    void aBadCommentaryIs400NamingItAndStoresNothing(String commentary) {
        String text = commentary.equals("long") ? "w".repeat(Text.MAX_TEXT + 1) : commentary;
        ObjectNode ball = tree(EVENTS.get(firstBall));
        ((ObjectNode) ball.get("delivery")).put("commentary", text);
        String before = StoredRows.snapshot();
        Http.Reply r = post(firstBall, ball);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("event.delivery.commentary");
        assertThat(r.json().get("detail").asText()).contains("at most " + Text.MAX_TEXT + " printable");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    private static ObjectNode tree(MatchEvent event) {
        ObjectNode tree = app.services().json().mapper().valueToTree(event);
        tree.put("type", event.typeName());
        return tree;
    }

    private static Http.Reply post(int expectedSeq, ObjectNode event) {
        return admin.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + event
                        + "}");
    }
}
