package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A field a record cannot do without, left out or sent as null, is a 400 naming that field: never a 500, and never
 * the words of the Java exception the record's constructor would otherwise have thrown.
 */
class MissingFieldsTest {
    static App app;
    static Http admin;
    static long matchId;
    static ObjectNode started;

    @BeforeAll
    static void start() throws IOException {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.match(admin, "Missing fields");
        MatchEvent first = DevMatches.read("1082591.json").events().get(0);
        started = (ObjectNode) new ObjectMapper().readTree(app.services().json().write(first));
        started.put("type", first.typeName());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void nullTeamsInMatchStartedIsA400NamingTeams() {
        ObjectNode event = started.deepCopy();
        event.putNull("teams");
        Http.Reply r = post(event);
        assertNamed(r, "event.teams");
        assertThat(r.json().get("detail").asText()).contains("got null");
    }

    @Test
    void missingTeamsInMatchStartedIsA400NamingTeams() {
        ObjectNode event = started.deepCopy();
        event.remove("teams");
        Http.Reply r = post(event);
        assertNamed(r, "event.teams");
        assertThat(r.json().get("detail").asText()).contains("got nothing");
    }

    @Test
    void aRecordsOwnRefusalKeepsItsSentenceAndNamesItsField() {
        ObjectNode event = started.deepCopy();
        ((ObjectNode) event.get("rules")).put("ballsPerOver", 3);
        Http.Reply r = post(event);
        assertNamed(r, "event.rules.ballsPerOver");
        assertThat(r.json().get("detail").asText()).contains("ballsPerOver must be 4-8, got 3");
    }

    private static Http.Reply post(ObjectNode event) {
        String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":0,\"event\":" + event + "}";
        return admin.post("/api/v1/matches/" + matchId + "/events", body);
    }

    private static void assertNamed(Http.Reply r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith(Problems.CONTENT_TYPE);
        assertThat(r.json().get("field").asText()).as(r.body()).isEqualTo(field);
        assertThat(r.body())
                .doesNotContain("NullPointer")
                .doesNotContain("Cannot invoke")
                .doesNotContain("java.");
        assertThat(new Http(app).get("/api/v1/matches/" + matchId + "/events").json())
                .isEmpty();
    }
}
