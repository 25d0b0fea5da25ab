package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.StoredRows;
import cricket.server.TestServer;
import cricket.server.domain.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every string an admin's body stores is a name of at most {@link Text#MAX_NAME} printable characters, and every
 * list has a cricket-sized bound: each refusal is a 400 naming the field and the limit, and nothing is stored.
 */
class AdminBoundsTest {
    static App app;
    static Http admin;
    static long tournament;
    static long team;
    static long otherTeam;
    static long player;
    static long match;

    /** JSON string literals a name must not be: too long, a NUL, a bell, a tab, a line break. */
    static final List<String> BAD_NAMES = List.of(
            "\"" + "x".repeat(Text.MAX_NAME + 1) + "\"",
            "\"Lord\\u0000s\"",
            "\"ring\\u0007\"",
            "\"tab\\tbed\"",
            "\"two\\nlines\"");

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        tournament = id(admin.post("/api/v1/tournaments", "{\"name\":\"Bounds Cup\"}"));
        team = id(admin.post("/api/v1/teams", "{\"name\":\"Bounds XI\"}"));
        otherTeam = id(admin.post("/api/v1/teams", "{\"name\":\"Other XI\"}"));
        player = id(admin.post("/api/v1/players", "{\"name\":\"Bounds Player\"}"));
        match = id(admin.post("/api/v1/matches", fixture("\"Lord's\"")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static long id(Http.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static String fixture(String venue) {
        return "{\"tournamentId\":" + tournament + ",\"homeTeamId\":" + team + ",\"awayTeamId\":" + otherTeam
                + ",\"venue\":" + venue + ",\"startTime\":\"2026-06-01T10:00:00Z\"}";
    }

    static Stream<Arguments> badNames() {
        List<Arguments> cases = new ArrayList<>();
        for (String bad : BAD_NAMES) {
            cases.add(Arguments.of("POST", "/api/v1/tournaments", "{\"name\":" + bad + "}", "name"));
            cases.add(Arguments.of(
                    "POST", "/api/v1/tournaments", "{\"name\":\"Fine\",\"season\":" + bad + "}", "season"));
            cases.add(Arguments.of("PUT", "/api/v1/tournaments/" + tournament, "{\"name\":" + bad + "}", "name"));
            cases.add(Arguments.of("POST", "/api/v1/teams", "{\"name\":" + bad + "}", "name"));
            cases.add(Arguments.of("PUT", "/api/v1/teams/" + team, "{\"name\":" + bad + "}", "name"));
            cases.add(Arguments.of("POST", "/api/v1/players", "{\"name\":" + bad + "}", "name"));
            cases.add(Arguments.of("PUT", "/api/v1/players/" + player, "{\"name\":" + bad + "}", "name"));
            cases.add(Arguments.of("POST", "/api/v1/matches", fixture(bad), "venue"));
            cases.add(Arguments.of("PUT", "/api/v1/matches/" + match, fixture(bad), "venue"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {3} {index}")
    @MethodSource("badNames")
    void aBadNameIs400NamingTheFieldAndTheLimitAndStoresNothing(String method, String path, String body, String field) {
        String before = StoredRows.snapshot();
        Http.Reply r = send(method, path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("detail").asText()).contains(field).contains("1-" + Text.MAX_NAME + " printable");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    @Test
    void aNameOfExactlyTheLimitIsStoredWhole() {
        String longest =
                "y".repeat(Text.MAX_NAME - 8) + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply r = admin.post("/api/v1/teams", "{\"name\":\"" + longest + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(new Http(app)
                        .get("/api/v1/teams/" + r.json().get("id").asLong())
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo(longest);
    }

    @Test
    void aSquadLongerThanAnySideNeedsIs400AndStoresNothing() {
        String before = StoredRows.snapshot();
        String ids = String.join(",", Collections.nCopies(51, Long.toString(player)));
        Http.Reply r =
                admin.put("/api/v1/tournaments/" + tournament + "/squads/" + team, "{\"playerIds\":[" + ids + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("playerIds");
        assertThat(r.json().get("detail").asText()).contains("at most 50").contains("got 51");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    @Test
    void moreScorersThanAMatchNeedsIs400AndStoresNothing() {
        String before = StoredRows.snapshot();
        String ids = String.join(",", Collections.nCopies(21, "1"));
        Http.Reply r = admin.put("/api/v1/matches/" + match + "/scorers", "{\"userIds\":[" + ids + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("userIds");
        assertThat(r.json().get("detail").asText()).contains("at most 20").contains("got 21");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    private static Http.Reply send(String method, String path, String body) {
        return method.equals("POST") ? admin.post(path, body) : admin.put(path, body);
    }
}
