package cricket.server.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.User;
import cricket.scoring.MatchEvent;
import cricket.server.account.Auth;
import cricket.server.domain.Text;
import cricket.server.http.ApiException;
import cricket.server.http.Json;
import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

/** {@code POST /api/v1/matches/{id}/events} (scorer or admin) and the public event log. */
public final class EventRoutes {
    private static final Set<String> FIELDS = Set.of("eventId", "expectedSeq", "event");

    private final EventService service;
    private final Auth auth;
    private final Json json;

    public EventRoutes(EventService service, Auth auth, Json json) {
        this.service = service;
        this.auth = auth;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/matches/{id}/events", this::write);
        routes.get("/api/v1/matches/{id}/events", this::read);
    }

    private void write(Context ctx) {
        long matchId = Requests.pathId(ctx, "id");
        User user = auth.requireScorerOf(ctx, matchId);
        JsonNode body = json.read(ctx.bodyAsBytes(), JsonNode.class);
        if (!body.isObject()) {
            throw ApiException.badRequest("body", "the body must be a JSON object {eventId, expectedSeq, event}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest(name, name + ": unknown field; allowed: eventId, expectedSeq, event");
            }
        }
        UUID eventId = eventId(body.get("eventId"));
        int expectedSeq = expectedSeq(body.get("expectedSeq"));
        JsonNode eventNode = body.get("event");
        if (eventNode == null || !eventNode.isObject()) {
            throw ApiException.badRequest(
                    "event", "event must be an object with a \"type\", e.g. {\"type\":\"BallBowled\"}");
        }
        Text.tree(eventNode, "event"); // the engine bounds its own fields; no string reaches the jsonb log unchecked
        MatchEvent event = json.convert(eventNode, MatchEvent.class, "event");
        EventService.Outcome outcome = service.record(matchId, eventId, expectedSeq, event, user);
        ctx.status(outcome.created() ? 201 : 200)
                .contentType("application/json")
                .result(json.write(outcome.result()));
    }

    private void read(Context ctx) {
        long matchId = Requests.pathId(ctx, "id");
        Integer after = Requests.queryInt(ctx, "after", 0, Integer.MAX_VALUE);
        ctx.contentType("application/json").result(json.write(service.events(matchId, after == null ? 0 : after)));
    }

    private static UUID eventId(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw ApiException.badRequest("eventId", "eventId must be a UUID string made by the client");
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("eventId", "eventId must be a UUID, got \"" + node.asText() + "\"");
        }
    }

    private static int expectedSeq(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
            throw ApiException.badRequest(
                    "expectedSeq",
                    "expectedSeq must be a whole number 0 or more (the seq the event builds on), got " + node);
        }
        return node.asInt();
    }
}
