package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tournament page's fixture list is a cached view of the tournament ({@code /api/v1/tournaments/{id}/fixtures}):
 * the same matches the match list shows, refreshed when a fixture of the tournament is made or edited or a ball is
 * scored, and a whole page view (the shell, its assets, the table, leaders and fixtures) costs no database query.
 */
class TournamentPageReadsTest {
    static App app;
    static Http admin;
    static long matchId;
    static long tournamentId;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer", Role.SCORER);
        matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        CacheTestKit.balls(app, scorerHttp, matchId, 1, 8);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        tournamentId = admin.get("/api/v1/matches/" + matchId)
                .json()
                .get("tournamentId")
                .asLong();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String fixtures() {
        return "/api/v1/tournaments/" + tournamentId + "/fixtures";
    }

    @Test
    void theFixturesAreTheTournamentsMatchesAsTheMatchListShowsThem() throws Exception {
        JsonNode fixtures = await(() -> {
            JsonNode view = new Http(app).get(fixtures()).json();
            return summaries(view).equals(listed()) ? view : null;
        });
        assertThat(fixtures.get("tournamentId").asLong()).isEqualTo(tournamentId);
        assertThat(fixtures.get("matches")).isNotEmpty();
        assertThat(fixtures.get("matches").get(0).get("status").asText()).isEqualTo("live");
    }

    @Test
    void aFixtureMadeOrEditedReachesTheCachedListUnderANewVersion() throws Exception {
        Http http = new Http(app);
        http.get(fixtures());
        Http.Reply held = http.get(fixtures());
        assertThat(held.headers().firstValue("X-Cache")).hasValue("HIT");
        int before = held.json().get("version").asInt();
        JsonNode first = held.json().get("matches").get(0);
        String fixture = "{\"tournamentId\":" + tournamentId + ",\"homeTeamId\":" + first.get("awayTeamId")
                + ",\"awayTeamId\":" + first.get("homeTeamId")
                + ",\"venue\":\"%s\",\"startTime\":\"2026-07-01T10:00:00Z\",\"rules\":null}";

        Http.Reply made = admin.post("/api/v1/matches", fixture.formatted("Eden Gardens"));
        assertThat(made.status()).isEqualTo(201);
        long added = made.json().get("id").asLong();
        JsonNode withIt = await(() -> {
            JsonNode view = http.get(fixtures()).json();
            return match(view, added) != null ? view : null;
        });
        assertThat(withIt.get("version").asInt()).isGreaterThan(before);
        assertThat(match(withIt, added).get("venue").asText()).isEqualTo("Eden Gardens");
        assertThat(match(withIt, added).get("status").asText()).isEqualTo("upcoming");

        Http.Reply edited = admin.put("/api/v1/matches/" + added, fixture.formatted("Wankhede"));
        assertThat(edited.status()).isEqualTo(200);
        JsonNode afterEdit = await(() -> {
            JsonNode view = http.get(fixtures()).json();
            return match(view, added).get("venue").asText().equals("Wankhede") ? view : null;
        });
        assertThat(afterEdit.get("version").asInt())
                .isGreaterThan(withIt.get("version").asInt());
        assertThat(http.get(
                                fixtures(),
                                "If-None-Match",
                                "\"" + withIt.get("version").asInt() + "\"")
                        .status())
                .as("a reader holding the list from before the edit gets the new one")
                .isEqualTo(200);
    }

    @Test
    void aTournamentPageViewCostsNoDatabaseQuery() throws Exception {
        Http http = new Http(app);
        PageViews.Page page = PageViews.read(http, "/tournaments/" + tournamentId, "tournament");
        assertThat(page.script()).contains("/fixtures").doesNotContain("/api/v1/matches");
        List<String> paths = new ArrayList<>(page.paths());
        List.of("table", "leaders", "fixtures")
                .forEach(v -> paths.add("/api/v1/tournaments/" + tournamentId + "/" + v));
        PageViews.assertTenViewsCostNoQuery(app, http, paths);
    }

    /** The view's entries less what a fixture's line adds to the match summary: a result's scores. */
    static JsonNode summaries(JsonNode view) {
        var array = app.services().json().mapper().createArrayNode();
        view.get("matches").forEach(m -> {
            ObjectNode summary = m.deepCopy();
            assertThat(summary.remove("scores")).as("each entry's scores").isNotNull();
            summary.remove("result");
            array.add(summary);
        });
        return array;
    }

    /** The match list's entries of this tournament, as /api/v1/matches shows them. */
    static JsonNode listed() {
        List<JsonNode> all = new ArrayList<>();
        new Http(app).get("/api/v1/matches").json().forEach(all::add);
        var array = app.services().json().mapper().createArrayNode();
        all.stream().filter(m -> m.get("tournamentId").asLong() == tournamentId).forEach(array::add);
        return array;
    }

    static JsonNode match(JsonNode view, long id) {
        Predicate<JsonNode> isIt = m -> m.get("id").asLong() == id;
        return StreamSupport.stream(view.get("matches").spliterator(), false)
                .filter(isIt)
                .findFirst()
                .orElse(null);
    }

    static JsonNode await(java.util.function.Supplier<JsonNode> probe) throws InterruptedException {
        return PageViews.await(probe);
    }
}
