package cricket.desktop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A hand-written stand-in for the server's scorer API on MockWebServer: one user, one fixture, an in-memory event log
 * that checks expectedSeq and answers a repeated eventId with the first result, as the real server does.
 */
public final class FakeServer extends Dispatcher implements AutoCloseable {
    public static final long MATCH_ID = 41;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> events = new ArrayList<>();
    private volatile boolean down;

    public FakeServer() throws IOException {
        server.setDispatcher(this);
        server.start();
    }

    public String url() {
        return server.url("/").toString();
    }

    /** While down, every request fails as if the network were gone. */
    public void setDown(boolean value) {
        down = value;
    }

    public synchronized List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (down) {
            return new MockResponse.Builder()
                    .code(503)
                    .body("{\"detail\":\"down\"}")
                    .build();
        }
        String path = request.getUrl().encodedPath();
        try {
            if (path.equals("/api/v1/auth/login")) {
                JsonNode body = JSON.readTree(request.getBody().utf8());
                return body.path("password").asText().equals("secret")
                        ? json(200, "{\"token\":\"t1\",\"user\":{\"id\":1,\"username\":\"ann\",\"role\":\"SCORER\"}}")
                        : json(
                                401,
                                "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"wrong user or password\"}");
            }
            if (path.equals("/api/v1/me/matches")) {
                return json(
                        200,
                        "[{\"id\":" + MATCH_ID + ",\"tournament\":\"Demo Cup\",\"homeTeam\":\"Lions\","
                                + "\"awayTeam\":\"Tigers\",\"venue\":\"The Oval\",\"startTime\":\"2026-11-23T10:00:00Z\","
                                + "\"status\":\"upcoming\",\"version\":0}]");
            }
            if (path.equals("/api/v1/matches/" + MATCH_ID)) {
                return json(200, detail());
            }
            if (path.equals("/api/v1/matches/" + MATCH_ID + "/events")) {
                return request.getMethod().equals("POST")
                        ? append(JSON.readTree(request.getBody().utf8()))
                        : list();
            }
        } catch (IOException e) {
            return json(400, "{\"detail\":\"" + e.getMessage() + "\"}");
        }
        return json(404, "{\"detail\":\"no route " + path + "\"}");
    }

    private static String detail() {
        StringBuilder teams = new StringBuilder();
        String[] names = {"Lions", "Tigers"};
        for (int t = 0; t < 2; t++) {
            teams.append(t == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(t + 1)
                    .append(",\"name\":\"")
                    .append(names[t])
                    .append("\",\"squad\":[");
            for (int p = 1; p <= 12; p++) {
                teams.append(p == 1 ? "" : ",")
                        .append("{\"id\":")
                        .append(t * 100 + p)
                        .append(",\"name\":\"")
                        .append(names[t], 0, 1)
                        .append(" Player")
                        .append(p)
                        .append("\"}");
            }
            teams.append("]}");
        }
        return "{\"id\":" + MATCH_ID + ",\"tournament\":\"Demo Cup\",\"venue\":\"The Oval\",\"status\":\"upcoming\","
                + "\"version\":0,\"teams\":[" + teams + "],\"rules\":null}";
    }

    private synchronized MockResponse list() {
        ArrayNode out = JSON.createArrayNode();
        events.forEach(out::add);
        return json(200, out.toString());
    }

    private synchronized MockResponse append(JsonNode body) {
        String id = body.path("eventId").asText();
        for (ObjectNode e : events) {
            if (e.path("eventId").asText().equals(id)) {
                return json(
                        200,
                        "{\"matchId\":" + MATCH_ID + ",\"seq\":" + e.path("seq").asInt() + "}");
            }
        }
        int expected = body.path("expectedSeq").asInt();
        if (expected != events.size()) {
            return json(
                    409,
                    "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"expected seq " + expected
                            + " but the match is at " + events.size() + "\",\"currentSeq\":" + events.size() + "}");
        }
        ObjectNode stored = JSON.createObjectNode();
        stored.put("seq", events.size() + 1);
        stored.put("eventId", id);
        stored.put("type", body.path("event").path("type").asText());
        stored.set("event", body.path("event"));
        stored.put("recordedBy", "ann");
        stored.put("recordedAt", "2026-11-23T10:00:00Z");
        events.add(stored);
        return json(201, "{\"matchId\":" + MATCH_ID + ",\"seq\":" + events.size() + "}");
    }

    /** Someone else records an event, as a second scorer would. */
    public synchronized void appendFromElsewhere(JsonNode event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("eventId", java.util.UUID.randomUUID().toString());
        body.put("expectedSeq", events.size());
        body.set("event", event);
        append(body);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", code >= 400 ? "application/problem+json" : "application/json")
                .body(body)
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
