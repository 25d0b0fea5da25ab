package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An eventId names one event. Sent again with the same event it is a retry and gets the first answer; sent with a
 * different event it is a client's mistake, refused with both seqs, on the one-statement path (this instance holds
 * the state the write builds on) and on the locking path (another instance, holding nothing) alike.
 */
class ReusedEventIdTest {
    static final List<MatchEvent> EVENTS = DevMatches.read("1082591.json").events();
    static App app;
    static App other;
    long matchId;
    Http admin;
    String token;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        other = TestServer.anotherInstance();
        TestServer.user(app, "admin", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        other.close();
        app.close();
    }

    @BeforeEach
    void newMatch() {
        admin = new Http(app);
        token = admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.match(admin, "Reuse " + UUID.randomUUID());
    }

    @Test
    void aDifferentEventUnderAStoredEventIdIsRefusedOnTheOneStatementPath() {
        UUID used = UUID.randomUUID();
        assertThat(post(admin, used, 0, EVENTS.get(0)).status()).isEqualTo(201);
        assertRefusedNaming(post(admin, used, 1, EVENTS.get(1)), 1, 1);
        assertLogIs(EVENTS.subList(0, 1));
    }

    @Test
    void aDifferentEventUnderAStoredEventIdIsRefusedOnTheLockingPath() {
        UUID used = UUID.randomUUID();
        post(admin, UUID.randomUUID(), 0, EVENTS.get(0));
        assertThat(post(admin, used, 1, EVENTS.get(1)).status()).isEqualTo(201);
        Http elsewhere = new Http(other).as(token);
        assertRefusedNaming(post(elsewhere, used, 2, EVENTS.get(2)), 2, 2);
        // Built on an older seq, with an event the engine would refuse there: still named as a reused eventId.
        assertRefusedNaming(post(elsewhere, used, 0, EVENTS.get(5)), 2, 0);
        assertLogIs(EVENTS.subList(0, 2));
    }

    @Test
    void theSameEventSentAgainInOtherJsonIsARetryAnsweredAsFirst() {
        post(admin, UUID.randomUUID(), 0, EVENTS.get(0));
        UUID ball = UUID.randomUUID();
        Http.Reply first = post(admin, ball, 1, EVENTS.get(1));
        ObjectNode reordered = app.services().json().mapper().createObjectNode();
        ObjectNode tree = tree(EVENTS.get(1));
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        names.forEach(name -> reordered.set(name, tree.get(name)));
        String spaced = "{ \"event\" : " + reordered.toPrettyString() + ", \"expectedSeq\" : 1, \"eventId\" : \"" + ball
                + "\" }";
        for (Http http : List.of(admin, new Http(other).as(token))) {
            Http.Reply again = http.post("/api/v1/matches/" + matchId + "/events", spaced);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json()).isEqualTo(first.json());
        }
        assertLogIs(EVENTS.subList(0, 2));
    }

    private void assertRefusedNaming(Http.Reply r, int storedSeq, int expectedSeq) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("field").asText()).isEqualTo("eventId");
        assertThat(r.json().get("storedSeq").asInt()).isEqualTo(storedSeq);
        assertThat(r.json().get("expectedSeq").asInt()).isEqualTo(expectedSeq);
        assertThat(r.json().get("detail").asText())
                .contains("seq " + storedSeq)
                .contains("builds on seq " + expectedSeq);
    }

    private void assertLogIs(List<MatchEvent> expected) {
        JsonNode log =
                new Http(app).get("/api/v1/matches/" + matchId + "/events").json();
        assertThat(log).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            MatchEvent stored = app.services().json().convert(log.get(i).get("event"), MatchEvent.class, "event");
            assertThat(stored).isEqualTo(expected.get(i));
        }
    }

    private Http.Reply post(Http http, UUID eventId, int expectedSeq, MatchEvent event) {
        return http.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + eventId + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + tree(event) + "}");
    }

    private static ObjectNode tree(MatchEvent event) {
        ObjectNode tree = app.services().json().mapper().valueToTree(event);
        tree.put("type", event.typeName());
        return tree;
    }
}
