package cricket.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import cricket.server.publicread.SiteListing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The home page's fixtures and results are one cached site view ({@code /api/v1/fixtures-and-results}): the next
 * fixtures and the newest results, each result with its scores, redone under a new version when a fixture is made,
 * edited or deleted or a match ends; and a whole home-page view costs no database query.
 */
class HomePageReadsTest {
    private static final String VIEW = "/api/v1/fixtures-and-results";
    static App app;
    static Http admin;
    static long liveMatchId;
    static long tournamentId;
    static long olderResult;
    static long newerResult;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer", Role.SCORER);
        liveMatchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        CacheTestKit.balls(app, scorerHttp, liveMatchId, 1, 6);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        tournamentId = admin.get("/api/v1/matches/" + liveMatchId)
                .json()
                .get("tournamentId")
                .asLong();
        // Two finished matches, imported in the wrong order: the newer one (1 May 2017) must still come first.
        newerResult = imported("1082628.json");
        olderResult = imported("1082591.json");
    }

    private static long imported(String file) {
        return app.services()
                .cricsheetImport()
                .importMatch(DevMatches.read(file), Integer.MAX_VALUE, "Home season")
                .matchId();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachResultCarriesItsScoresAndOutcomeNewestFirst() throws Exception {
        JsonNode view = PageViews.await(() -> {
            JsonNode v = new Http(app).get(VIEW).json();
            return entry(v, "results", olderResult) != null ? v : null;
        });
        List<Long> order = new ArrayList<>();
        view.get("results").forEach(r -> order.add(r.get("id").asLong()));
        assertThat(order).containsExactly(newerResult, olderResult);

        JsonNode older = entry(view, "results", olderResult);
        assertThat(older.get("status").asText()).isEqualTo("completed");
        assertThat(older.get("homeTeam").asText()).isNotEmpty();
        List<String> scores = new ArrayList<>();
        older.get("scores").forEach(s -> scores.add(s.asText()));
        assertThat(scores)
                .containsExactly("Sunrisers Hyderabad 207/4 (20)", "Royal Challengers Bangalore 172 all out (19.4)");
        assertThat(older.get("result").asText()).isEqualTo("Sunrisers Hyderabad won by 35 runs");
        // the same result the match's own scorecard gives
        JsonNode card = new Http(app)
                .get("/api/v1/matches/" + olderResult + "/scorecard")
                .json();
        assertThat(older.get("result").asText())
                .isEqualTo(card.get("result").get("text").asText());
        assertThat(entry(view, "results", liveMatchId))
                .as("a live match is no result")
                .isNull();
        assertThat(entry(view, "upcoming", liveMatchId))
                .as("nor a fixture to come")
                .isNull();
    }

    @Test
    void aFixtureMadeEditedOrDeletedReachesTheListUnderANewVersion() throws Exception {
        Http http = new Http(app);
        http.get(VIEW);
        Http.Reply held = http.get(VIEW);
        assertThat(held.headers().firstValue("X-Cache")).hasValue("HIT");
        int before = version(held);

        long added = fixture("Eden Gardens", "2031-07-01T10:00:00Z");
        Http.Reply withIt = awaitReply(http, r -> entry(r.json(), "upcoming", added) != null);
        assertThat(version(withIt)).isGreaterThan(before);
        JsonNode listed = entry(withIt.json(), "upcoming", added);
        assertThat(listed.get("venue").asText()).isEqualTo("Eden Gardens");
        assertThat(listed.get("scores")).as("a fixture to come has no scores").isEmpty();
        assertThat(listed.get("result").isNull()).isTrue();

        Http.Reply edited = admin.put("/api/v1/matches/" + added, request("Wankhede", "2031-07-01T10:00:00Z"));
        assertThat(edited.status()).isEqualTo(200);
        Http.Reply afterEdit = awaitReply(
                http,
                r -> entry(r.json(), "upcoming", added).get("venue").asText().equals("Wankhede"));
        assertThat(version(afterEdit)).isGreaterThan(version(withIt));

        assertThat(admin.delete("/api/v1/matches/" + added).status()).isEqualTo(204);
        Http.Reply afterDelete = awaitReply(http, r -> entry(r.json(), "upcoming", added) == null);
        assertThat(version(afterDelete)).isGreaterThan(version(afterEdit));
        assertThat(http.get(VIEW, "If-None-Match", "\"" + version(afterEdit) + "\"")
                        .status())
                .as("a reader holding the list from before the delete gets the new one")
                .isEqualTo(200);
    }

    @Test
    void theHomePageListsTheNextFixturesOnlySoonestFirst() throws Exception {
        List<Long> made = new ArrayList<>();
        Instant first = Instant.parse("2040-01-01T10:00:00Z");
        // made latest first, so the order shown is the start times', not the ids'
        for (int day = SiteListing.UPCOMING_SHOWN; day >= 0; day--) {
            made.add(0, fixture("Day " + day, first.plusSeconds(86_400L * day).toString()));
        }
        long latest = made.get(made.size() - 1);
        Http http = new Http(app);
        JsonNode view = PageViews.await(() -> {
            JsonNode v = http.get(VIEW).json();
            return entry(v, "upcoming", made.get(0)) != null ? v : null; // made last
        });
        try {
            assertThat(view.get("upcoming")).hasSize(SiteListing.UPCOMING_SHOWN);
            assertThat(entry(view, "upcoming", latest))
                    .as("the 21st fixture waits its turn")
                    .isNull();
            List<Instant> starts = new ArrayList<>();
            view.get("upcoming")
                    .forEach(m -> starts.add(Instant.parse(m.get("startTime").asText())));
            assertThat(starts).isSorted();
        } finally {
            made.forEach(id -> admin.delete("/api/v1/matches/" + id));
        }
    }

    @Test
    void aHomePageViewCostsNoDatabaseQuery() throws Exception {
        Http http = new Http(app);
        PageViews.Page page = PageViews.read(http, "/", "home");
        assertThat(page.script())
                .contains(VIEW, "/api/v1/live-matches")
                .doesNotContain("/api/v1/matches?", "/scorecard");
        List<String> paths = new ArrayList<>(page.paths());
        paths.addAll(List.of("/api/v1/live-matches", "/api/v1/matches/" + liveMatchId + "/live", VIEW));
        PageViews.assertTenViewsCostNoQuery(app, http, paths);
    }

    private static long fixture(String venue, String start) {
        Http.Reply made = admin.post("/api/v1/matches", request(venue, start));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    private static String request(String venue, String start) {
        JsonNode live = entry(admin.get("/api/v1/live-matches").json(), liveMatchId);
        return "{\"tournamentId\":" + tournamentId + ",\"homeTeamId\":" + live.get("awayTeamId") + ",\"awayTeamId\":"
                + live.get("homeTeamId") + ",\"venue\":\"" + venue + "\",\"startTime\":\"" + start
                + "\",\"rules\":null}";
    }

    private static int version(Http.Reply reply) {
        return Integer.parseInt(reply.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    static JsonNode entry(JsonNode view, String list, long id) {
        return entry(view.get(list), id);
    }

    static JsonNode entry(JsonNode matches, long id) {
        Predicate<JsonNode> isIt = m -> m.get("id").asLong() == id;
        return StreamSupport.stream(matches.spliterator(), false)
                .filter(isIt)
                .findFirst()
                .orElse(null);
    }

    private static Http.Reply awaitReply(Http http, Predicate<Http.Reply> seen) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Http.Reply r = http.get(VIEW);
            if (r.status() == 200 && seen.test(r)) {
                return r;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not seen within 10 s");
    }
}
