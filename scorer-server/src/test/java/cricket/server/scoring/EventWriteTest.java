package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.cricsheet.CricsheetMatch;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventWriteTest {
    static App app;
    static CricsheetMatch source;
    static User scorer;
    long matchId;
    Http admin;
    Http scorerHttp;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        scorer = TestServer.user(app, "scorer1", Role.SCORER);
        TestServer.user(app, "scorer2", Role.SCORER);
        source = DevMatches.read("1082591.json");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void newMatch() {
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.match(admin, "T" + UUID.randomUUID());
        assertThat(admin.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":[" + scorer.id() + "]}")
                        .status())
                .isEqualTo(200);
        scorerHttp = new Http(app);
        scorerHttp.login("scorer1", TestServer.PASSWORD);
    }

    String write(UUID eventId, int expectedSeq, MatchEvent event) {
        String eventJson = new String(app.services().json().write(event))
                .replaceFirst("^\\{", "{\"type\":\"" + event.typeName() + "\",");
        return "{\"eventId\":\"" + eventId + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + eventJson + "}";
    }

    Http.Reply post(Http http, UUID eventId, int expectedSeq, MatchEvent event) {
        return http.post("/api/v1/matches/" + matchId + "/events", write(eventId, expectedSeq, event));
    }

    int storedEvents() {
        return new Http(app)
                .get("/api/v1/matches/" + matchId + "/events")
                .json()
                .size();
    }

    @Test
    void theFirstEventGetsSeqOneAndTheReplyCarriesTheLiveSummary() {
        Http.Reply r = post(scorerHttp, UUID.randomUUID(), 0, source.events().get(0));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("seq").asInt()).isEqualTo(1);
        assertThat(r.json().get("matchId").asLong()).isEqualTo(matchId);
        assertThat(r.json().get("live").isObject()).isTrue();
        JsonNode log =
                new Http(app).get("/api/v1/matches/" + matchId + "/events").json();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("type").asText()).isEqualTo("MatchStarted");
        assertThat(log.get(0).get("recordedBy").asText()).isEqualTo("scorer1");
        assertThat(log.get(0).at("/event/type").asText()).isEqualTo("MatchStarted");
    }

    @Test
    void theSameEventIdAgainReturnsTheFirstResultAndStoresNothing() {
        UUID id = UUID.randomUUID();
        Http.Reply first = post(scorerHttp, id, 0, source.events().get(0));
        Http.Reply second = post(scorerHttp, id, 0, source.events().get(0));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void aStaleExpectedSeqIs409WithTheCurrentSeq() {
        post(scorerHttp, UUID.randomUUID(), 0, source.events().get(0));
        post(scorerHttp, UUID.randomUUID(), 1, source.events().get(1));
        Http.Reply r = post(scorerHttp, UUID.randomUUID(), 1, source.events().get(2));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("currentSeq").asInt()).isEqualTo(2);
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void anIllegalEventIsRefusedWithTheEnginesMessageAndNothingIsStored() {
        Http.Reply r = post(scorerHttp, UUID.randomUUID(), 0, source.events().get(2));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(r.json().get("title").asText()).isEqualTo("Illegal event");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void aScorerNotAssignedToTheMatchIsForbidden() {
        Http other = new Http(app);
        other.login("scorer2", TestServer.PASSWORD);
        assertThat(post(other, UUID.randomUUID(), 0, source.events().get(0)).status())
                .isEqualTo(403);
        assertThat(post(new Http(app), UUID.randomUUID(), 0, source.events().get(0))
                        .status())
                .isEqualTo(401);
        assertThat(post(admin, UUID.randomUUID(), 0, source.events().get(0)).status())
                .isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(1);
    }

    @Test
    void anUnknownMatchIs404() {
        Http.Reply r = admin.post(
                "/api/v1/matches/999999/events",
                write(UUID.randomUUID(), 0, source.events().get(0)));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asText()).contains("999999");
    }

    @Test
    void malformedBodiesAre400NamingTheFieldAndStoreNothing() {
        String path = "/api/v1/matches/" + matchId + "/events";
        assertField(scorerHttp.post(path, "{not json"), "body");
        assertField(scorerHttp.post(path, "[]"), "body");
        assertField(scorerHttp.post(path, "{\"eventId\":\"nope\",\"expectedSeq\":0,\"event\":{}}"), "eventId");
        assertField(
                scorerHttp.post(path, "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":\"x\",\"event\":{}}"),
                "expectedSeq");
        assertField(
                scorerHttp.post(path, "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":-1,\"event\":{}}"),
                "expectedSeq");
        assertField(
                scorerHttp.post(
                        path,
                        "{\"eventId\":\"" + UUID.randomUUID()
                                + "\",\"expectedSeq\":0,\"event\":{\"type\":\"Nonsense\"}}"),
                "event.type");
        String badBall =
                "{\"type\":\"BallBowled\",\"delivery\":{\"bowler\":\"A\",\"batter\":\"B\",\"nonStriker\":\"C\","
                        + "\"batterRuns\":-1,\"nonBoundary\":false,\"crossed\":false}}";
        Http.Reply r = scorerHttp.post(
                path, "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":0,\"event\":" + badBall + "}");
        assertField(r, "event.delivery.batterRuns");
        assertThat(r.json().get("detail").asText()).contains("batterRuns");
        assertField(
                scorerHttp.post(
                        path,
                        "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":0,\"event\":{\"type\":\"Undo\"},"
                                + "\"extra\":1}"),
                "extra");
        assertThat(storedEvents()).isZero();
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":0,\"event\":{\"type\":\"Undo\"},"
                + "\"pad\":\"" + "x".repeat(1100 * 1024) + "\"}";
        Http.Reply r = scorerHttp.post("/api/v1/matches/" + matchId + "/events", huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents()).isZero();
    }

    private static void assertField(Http.Reply r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asText()).as(r.body()).isEqualTo(field);
    }

    static List<MatchEvent> events() {
        return source.events();
    }
}
