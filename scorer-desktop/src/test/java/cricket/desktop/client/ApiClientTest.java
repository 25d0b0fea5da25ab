package cricket.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.MatchSummary;
import cricket.api.StoredEvent;
import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {
    private MockWebServer server;
    private ApiClient api;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        api = new ApiClient(server.url("/").toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", code >= 400 ? "application/problem+json" : "application/json")
                .body(body)
                .build();
    }

    private void signIn() {
        server.enqueue(json(
                200,
                "{\"token\":\"tok-1\",\"expiresAt\":\"2030-01-01T00:00:00Z\","
                        + "\"user\":{\"id\":7,\"username\":\"ann\",\"role\":\"SCORER\"}}"));
        api.login("ann", "secret");
    }

    @Test
    void loginKeepsTheTokenAndSendsItAsABearerOnLaterCalls() throws Exception {
        signIn();
        server.enqueue(
                json(
                        200,
                        "[{\"id\":3,\"tournament\":\"Cup\",\"homeTeam\":\"A\",\"awayTeam\":\"B\","
                                + "\"venue\":\"Oval\",\"startTime\":\"2026-11-23T10:00:00Z\",\"status\":\"upcoming\",\"version\":0}]"));

        List<MatchSummary> fixtures = api.myMatches();

        RecordedRequest login = server.takeRequest();
        assertThat(login.getUrl().encodedPath()).isEqualTo("/api/v1/auth/login");
        assertThat(login.getBody().utf8()).contains("\"username\":\"ann\"").contains("\"password\":\"secret\"");
        RecordedRequest list = server.takeRequest();
        assertThat(list.getUrl().encodedPath()).isEqualTo("/api/v1/me/matches");
        assertThat(list.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(api.session().username()).isEqualTo("ann");
        assertThat(fixtures).extracting(MatchSummary::homeTeam).containsExactly("A");
    }

    @Test
    void badCredentialsGiveTheServersSentence() {
        server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"wrong user or password\"}"));

        assertThatThrownBy(() -> api.login("ann", "nope"))
                .isInstanceOf(ApiException.class)
                .hasMessage("wrong user or password")
                .satisfies(e -> assertThat(((ApiException) e).unauthorized()).isTrue());
        assertThat(api.session()).isNull();
    }

    @Test
    void postEventSendsTheEventIdExpectedSeqAndTypedEvent() throws Exception {
        signIn();
        server.takeRequest();
        server.enqueue(json(201, "{\"matchId\":3,\"seq\":5,\"eventId\":\"x\",\"live\":{}}"));
        UUID id = UUID.randomUUID();

        int seq = api.postEvent(
                3, id, 4, new BallBowled(new Delivery("Bo", "Ba", "Nb", 4, false, null, null, false, null)));

        assertThat(seq).isEqualTo(5);
        JsonNode body = ApiClient.MAPPER.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.path("eventId").asText()).isEqualTo(id.toString());
        assertThat(body.path("expectedSeq").asInt()).isEqualTo(4);
        assertThat(body.path("event").path("type").asText()).isEqualTo("BallBowled");
        assertThat(body.path("event").path("delivery").path("batterRuns").asInt())
                .isEqualTo(4);
    }

    @Test
    void staleExpectedSeqIsAConflictCarryingTheServersSeq() {
        signIn();
        server.enqueue(json(
                409,
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"expected seq 4 but the match is"
                        + " at 6\",\"currentSeq\":6}"));

        assertThatThrownBy(() -> api.postEvent(3, UUID.randomUUID(), 4, new cricket.scoring.Undo()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.staleSeq()).isTrue();
                    assertThat(e.currentSeq()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("at 6");
                });
    }

    @Test
    void anUnreachableServerIsReportedAsOffline() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ApiClient nowhere = new ApiClient("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> nowhere.login("ann", "secret"))
                .isInstanceOf(OfflineException.class)
                .hasMessageContaining("cannot reach the server");
    }

    @Test
    void aServerUrlThatIsNotHttpIsRefusedByName() {
        assertThatThrownBy(() -> new ApiClient("ftp:/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server URL must be an http:// or https:// address");
    }

    @Test
    void eventsAreReadBackAsTypedEvents() {
        signIn();
        server.enqueue(
                json(
                        200,
                        "[{\"seq\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"Undo\","
                                + "\"event\":{\"type\":\"Undo\"},\"recordedBy\":\"ann\",\"recordedAt\":\"2026-11-23T10:00:00Z\"}]"));

        List<StoredEvent> events = api.events(3, 0);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(1);
            assertThat(e.event()).isInstanceOf(cricket.scoring.Undo.class);
        });
    }
}
