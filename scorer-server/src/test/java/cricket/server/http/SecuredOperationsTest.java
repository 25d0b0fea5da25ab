package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.bulkhead.ReadBulkhead;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document marks as secured, taken from the document (not a hand list), answers 401
 * without a token and 403 with the wrong role: a scorer on an admin route, a scorer not assigned to the match on a
 * scorer route. Its {@code x-role} says which role it needs; an operation without one fails here.
 */
class SecuredOperationsTest {
    static App app;
    static JsonNode document;
    static String scorerToken;
    static String adminToken;
    static long matchId;
    static long userId;
    static long teamId;

    record Operation(String method, String path, String role) {}

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User assigned = TestServer.user(app, "assigned", Role.SCORER);
        User other = TestServer.user(app, "other", Role.SCORER);
        Http admin = new Http(app);
        adminToken = admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.assignedMatch(admin, "Secured Cup", assigned.id());
        teamId = admin.get("/api/v1/teams").json().get(0).get("id").asLong();
        userId = other.id();
        scorerToken = new Http(app).login("other", TestServer.PASSWORD);
        document = new Http(app).get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Operation> secured() {
        List<Operation> ops = new ArrayList<>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    JsonNode security = op.getValue().path("security");
                    if (security.isArray() && !security.isEmpty()) {
                        ops.add(new Operation(
                                op.getKey().toUpperCase(Locale.ROOT),
                                path.getKey(),
                                op.getValue().path("x-role").asText("")));
                    }
                }));
        return ops;
    }

    static int call(Operation op, String token) {
        String path = op.path()
                .replace("{id}", Long.toString(matchId))
                .replace("{userId}", Long.toString(userId))
                .replace("{teamId}", Long.toString(teamId));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .method(
                        op.method(),
                        op.method().equals("GET") || op.method().equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(op + " failed", e);
        }
    }

    @Test
    void everySecuredOperationNamesItsRole() {
        List<Operation> ops = secured();
        assertThat(ops).hasSizeGreaterThan(20);
        assertThat(ops)
                .allSatisfy(op -> assertThat(op.role()).as(op.toString()).isIn("admin", "scorer", "user", "metrics"));
    }

    @Test
    void everySecuredOperationIs401WithoutAToken() {
        for (Operation op : secured()) {
            assertThat(call(op, null)).as(op.toString()).isEqualTo(401);
            assertThat(call(op, "not-a-token")).as(op + " with a made-up token").isEqualTo(401);
        }
    }

    @Test
    void everySecuredOperationIs403WithTheWrongRole() {
        int checked = 0;
        for (Operation op : secured()) {
            switch (op.role()) {
                case "admin", "scorer" -> {
                    // "other" is a scorer, and not assigned to the match every {id} names.
                    assertThat(call(op, scorerToken)).as(op + " as a scorer").isEqualTo(403);
                    checked++;
                }
                case "metrics" -> {
                    // A login token, even an admin's, is not the metrics token.
                    assertThat(call(op, adminToken))
                            .as(op + " with a login token")
                            .isEqualTo(401);
                    checked++;
                }
                default -> {
                    // "user": any signed-in user; there is no wrong role.
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void theBusyAnswerIsDocumentedOnExactlyTheRoutesTheBulkheadHolds() {
        Set<String> busy = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.path("responses").path("503").path("$ref").asText().endsWith("/Busy")) {
                busy.add(path.getKey());
            }
        });
        assertThat(busy)
                .isEqualTo(Arrays.stream(ReadBulkhead.Route.values())
                        .map(r -> r.pattern)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }
}
