package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.StoredRows;
import cricket.server.TestServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route that takes a body, fed a handful of bad bodies: each is a 4xx {@code application/problem+json} with a
 * detail, never a 500, and the database is exactly as it was.
 */
class BadBodiesTest {
    static App app;
    static Http admin;
    static long tournament;
    static long team;
    static long otherTeam;
    static long player;
    static long match;

    /** Bad for every route; each route adds a body of the right shape with a wrong-typed field. */
    static final List<String> GENERIC = List.of(
            "",
            "{not json",
            "{\"name\":",
            "[]",
            "null",
            "42",
            "\"a string\"",
            "{\"surprise\":true}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"name\":\"\\u0000\"}\u0000garbage");

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        tournament = id(admin.post("/api/v1/tournaments", "{\"name\":\"Fuzz Cup\"}"));
        team = id(admin.post("/api/v1/teams", "{\"name\":\"Fuzz XI\"}"));
        otherTeam = id(admin.post("/api/v1/teams", "{\"name\":\"Other XI\"}"));
        player = id(admin.post("/api/v1/players", "{\"name\":\"Fuzz Player\"}"));
        match = id(admin.post(
                "/api/v1/matches",
                "{\"tournamentId\":" + tournament + ",\"homeTeamId\":" + team + ",\"awayTeamId\":" + otherTeam
                        + ",\"venue\":\"Lord's\",\"startTime\":\"2026-06-01T10:00:00Z\"}"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static long id(Http.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    record Route(String method, String path, List<String> wrongTyped) {}

    static List<Route> routes() {
        String fixture = "{\"tournamentId\":" + tournament + ",\"homeTeamId\":" + team + ",\"awayTeamId\":" + otherTeam
                + ",\"venue\":\"Lord's\",\"startTime\":\"2026-06-01T10:00:00Z\"";
        String uuid = "\"" + UUID.randomUUID() + "\"";
        return List.of(
                new Route(
                        "POST",
                        "/api/v1/tournaments",
                        List.of(
                                "{\"name\":5}",
                                "{\"name\":[\"a\"]}",
                                "{\"name\":\"a\\u0000b\"}",
                                "{\"name\":\"ok\",\"season\":{}}")),
                new Route(
                        "PUT", "/api/v1/tournaments/" + tournament, List.of("{\"name\":true}", "{\"name\":{\"x\":1}}")),
                new Route("POST", "/api/v1/teams", List.of("{\"name\":5}", "{\"name\":1.5}")),
                new Route("PUT", "/api/v1/teams/" + team, List.of("{\"name\":false}")),
                new Route("POST", "/api/v1/players", List.of("{\"name\":7}")),
                new Route("PUT", "/api/v1/players/" + player, List.of("{\"name\":[]}")),
                new Route(
                        "PUT",
                        "/api/v1/tournaments/" + tournament + "/squads/" + team,
                        List.of("{\"playerIds\":[\"" + player + "\"]}", "{\"playerIds\":[1.5]}", "{\"playerIds\":5}")),
                new Route(
                        "POST",
                        "/api/v1/matches",
                        List.of(
                                fixture + ",\"rules\":\"T20\"}",
                                fixture.replace(
                                                "\"tournamentId\":" + tournament,
                                                "\"tournamentId\":\"" + tournament + "\"")
                                        + "}",
                                fixture.replace("\"homeTeamId\":" + team, "\"homeTeamId\":" + team + ".5") + "}",
                                fixture.replace("\"venue\":\"Lord's\"", "\"venue\":12") + "}",
                                fixture.replace("2026-06-01T10:00:00Z", "2026-13-45T99:00:00Z") + "}",
                                fixture.replace("\"homeTeamId\":" + team, "\"homeTeamId\":99999999999999999999")
                                        + "}")),
                new Route(
                        "PUT",
                        "/api/v1/matches/" + match,
                        List.of(fixture.replace("\"venue\":\"Lord's\"", "\"venue\":null") + "}")),
                new Route(
                        "PUT",
                        "/api/v1/matches/" + match + "/scorers",
                        List.of("{\"userIds\":[\"1\"]}", "{\"userIds\":[null]}", "{\"userIds\":{}}")),
                new Route(
                        "POST",
                        "/api/v1/users",
                        List.of(
                                "{\"username\":5,\"password\":\"long-enough-pw\",\"role\":\"scorer\"}",
                                "{\"username\":\"fuzzy\",\"password\":\"long-enough-pw\",\"role\":1}",
                                "{\"username\":\"fuzzy\",\"password\":12345678,\"role\":\"scorer\"}")),
                new Route(
                        "POST",
                        "/api/v1/auth/login",
                        List.of(
                                "{\"username\":[\"admin\"],\"password\":\"x\"}",
                                "{\"username\":\"ad\\u0000min\",\"password\":\"long-enough-pw\"}",
                                "{\"username\":\"admin\",\"password\":\"\\u0000\"}")),
                new Route(
                        "POST",
                        "/api/v1/matches/" + match + "/events",
                        List.of(
                                "{\"eventId\":" + uuid + ",\"expectedSeq\":0,\"event\":{\"type\":7}}",
                                "{\"eventId\":" + uuid + ",\"expectedSeq\":0.5,\"event\":{\"type\":\"Undo\"}}",
                                "{\"eventId\":" + uuid + ",\"expectedSeq\":0,\"event\":{\"type\":\"Teleport\"}}",
                                "{\"eventId\":" + uuid
                                        + ",\"expectedSeq\":0,\"event\":{\"type\":\"InningsStarted\",\"battingTeam\":3}}",
                                "{\"eventId\":" + uuid + ",\"expectedSeq\":0,\"event\":\"BallBowled\"}",
                                "{\"eventId\":42,\"expectedSeq\":0,\"event\":{\"type\":\"Undo\"}}")),
                new Route(
                        "POST", "/api/v1/import/cricsheet?name=fuzz.json", List.of("{\"info\":5,\"innings\":\"x\"}")));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            for (String body : GENERIC) {
                cases.add(Arguments.of(route.method(), route.path(), body));
            }
            for (String body : route.wrongTyped()) {
                cases.add(Arguments.of(route.method(), route.path(), body));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} bad body {index}")
    @MethodSource("cases")
    void aBadBodyIsA4xxProblemAndStoresNothing(String method, String path, String body) throws SQLException {
        String before = snapshot();
        Http.Reply r = method.equals("POST") ? admin.post(path, body) : admin.put(path, body);
        assertThat(r.status()).as(body + " -> " + r.body()).isBetween(400, 499);
        assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1} oversized")
    @MethodSource("oversized")
    void anOversizedBodyIs413AndStoresNothing(String method, String path) throws SQLException {
        String before = snapshot();
        String huge = "{\"name\":\"" + "x".repeat(1100 * 1024) + "\"}";
        Http.Reply r = method.equals("POST") ? admin.post(path, huge) : admin.put(path, huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> oversized() {
        return routes().stream().map(r -> Arguments.of(r.method(), r.path()));
    }

    static String snapshot() {
        return StoredRows.snapshot();
    }
}
