package cricket.server.competition;

import static cricket.server.cache.CacheTestKit.dbQueries;
import static cricket.server.cache.CacheTestKit.settledDbQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real matches in the repository imported as one tournament (the seven development matches: a whole real season
 * could not be fetched on this machine), its table and leaders read over HTTP and held to figures computed from the
 * files by {@link RawCricsheet}; then the views as cached views: hits cost no query, and a change to any match of
 * the tournament reaches them, on this instance and another.
 */
class CompetitionApiTest {
    static final String SEASON = "Development season";
    static App app;
    static Http http;
    static long tournamentId;
    /** The files imported so far: a test adds one. */
    static final List<Path> files = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void importTheSeason() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        http = new Http(app);
        for (Path file : DevMatches.files()) {
            if (!file.getFileName().toString().equals("1082628.json")) { // imported later by a test
                app.services().cricsheetImport().importMatch(CricsheetReader.read(file), Integer.MAX_VALUE, SEASON);
                files.add(file);
            }
        }
        tournamentId = app.services()
                .fixtureRepository()
                .tournamentNamed(SEASON)
                .orElseThrow()
                .id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static String table() {
        return "/api/v1/tournaments/" + tournamentId + "/table";
    }

    static String leaders() {
        return "/api/v1/tournaments/" + tournamentId + "/leaders";
    }

    /** Won, lost, tied, no result and NRR runs and overs, from the raw files of the league matches. */
    static final class Expected {
        int played;
        int won;
        int lost;
        int tied;
        int noResult;
        double runsFor;
        double oversFaced;
        double runsAgainst;
        double oversBowled;
    }

    static Map<String, Expected> expectedTable(List<Path> league) {
        Map<String, Expected> rows = new HashMap<>();
        for (Path file : league) {
            RawCricsheet raw = new RawCricsheet(file);
            if (raw.stage() != null) {
                continue;
            }
            List<String> teams = raw.teams();
            teams.forEach(t -> rows.computeIfAbsent(t, k -> new Expected()));
            String winner = raw.winner();
            for (String team : teams) {
                Expected e = rows.get(team);
                e.played++;
                if (winner != null) {
                    if (winner.equals(team)) {
                        e.won++;
                    } else {
                        e.lost++;
                    }
                } else if (raw.result().equals("tie")) {
                    e.tied++;
                } else {
                    e.noResult++;
                }
            }
            List<RawCricsheet.Innings> main =
                    raw.innings.stream().filter(i -> !i.superOver()).toList();
            boolean counted = raw.oneInningsASide()
                    && main.size() == 2
                    && !raw.result().equals("no result")
                    && !raw.result().equals("draw");
            if (!counted) {
                continue;
            }
            int bpo = raw.ballsPerOver();
            int quota = raw.overs() * bpo;
            RawCricsheet.Innings first = main.get(0);
            RawCricsheet.Innings second = main.get(1);
            int targetBalls = second.targetOvers() == null ? quota : oversToBalls(second.targetOvers(), bpo);
            boolean revised = targetBalls != quota || second.targetRuns() != first.runs() + 1;
            double firstRuns = revised ? second.targetRuns() - 1 : first.runs();
            double firstOvers =
                    (revised ? targetBalls : first.wickets() == 10 ? quota : first.legalBalls()) / (double) bpo;
            double secondOvers = (second.wickets() == 10 ? targetBalls : second.legalBalls()) / (double) bpo;
            Expected a = rows.get(first.team());
            Expected b = rows.get(second.team());
            a.runsFor += firstRuns;
            a.oversFaced += firstOvers;
            a.runsAgainst += second.runs();
            a.oversBowled += secondOvers;
            b.runsFor += second.runs();
            b.oversFaced += secondOvers;
            b.runsAgainst += firstRuns;
            b.oversBowled += firstOvers;
        }
        return rows;
    }

    static int oversToBalls(String overs, int bpo) {
        String[] parts = overs.split("\\.");
        return Integer.parseInt(parts[0]) * bpo + (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    }

    @Test
    void theTableIsTheOneComputedFromTheFiles() {
        Http.Reply reply = http.get(table());
        assertThat(reply.status()).isEqualTo(200);
        JsonNode rows = reply.json().get("rows");
        Map<String, Expected> expected = expectedTable(files);
        assertThat(rows).hasSize(expected.size());
        int previousPoints = Integer.MAX_VALUE;
        for (JsonNode row : rows) {
            String team = row.get("team").asText();
            Expected e = expected.get(team);
            assertThat(e).as(team).isNotNull();
            assertThat(row.get("played").asInt()).as(team).isEqualTo(e.played);
            assertThat(row.get("won").asInt()).as(team).isEqualTo(e.won);
            assertThat(row.get("lost").asInt()).as(team).isEqualTo(e.lost);
            assertThat(row.get("tied").asInt()).as(team).isEqualTo(e.tied);
            assertThat(row.get("noResult").asInt()).as(team).isEqualTo(e.noResult);
            int points = 2 * e.won + e.tied + e.noResult;
            assertThat(row.get("points").asInt()).as(team).isEqualTo(points);
            assertThat(points).isLessThanOrEqualTo(previousPoints);
            previousPoints = points;
            if (e.oversFaced > 0) {
                assertThat(row.get("netRunRate").asDouble())
                        .as(team)
                        .isCloseTo(e.runsFor / e.oversFaced - e.runsAgainst / e.oversBowled, within(0.0006));
            } else {
                assertThat(row.get("netRunRate").isNull()).as(team).isTrue();
            }
        }
    }

    @Test
    void theLeadersAreEachPlayersFiguresFromTheFiles() {
        Map<String, RawCricsheet.Player> raw = new HashMap<>();
        for (Path file : files) {
            RawCricsheet one = new RawCricsheet(file);
            one.players.forEach((name, p) -> raw.merge(name + "|" + one.teamOf(name), p, LeadersTest::sum));
        }
        JsonNode body = http.get(leaders()).json();
        assertThat(body.get("runs")).isNotEmpty();
        for (JsonNode r : body.get("runs")) {
            String key = r.get("player").asText() + "|" + r.get("team").asText();
            RawCricsheet.Player p = raw.get(key);
            assertThat(p).as(key).isNotNull();
            assertThat(r.get("runs").asInt()).as(key).isEqualTo(p.runs);
            assertThat(r.get("balls").asInt()).as(key).isEqualTo(p.balls);
            assertThat(r.get("innings").asInt()).as(key).isEqualTo(p.battingInnings);
            assertThat(r.get("notOuts").asInt()).as(key).isEqualTo(p.battingInnings - p.outs);
        }
        for (JsonNode w : body.get("wickets")) {
            String key = w.get("player").asText() + "|" + w.get("team").asText();
            RawCricsheet.Player p = raw.get(key);
            assertThat(w.get("wickets").asInt()).as(key).isEqualTo(p.wickets);
            assertThat(w.get("runs").asInt()).as(key).isEqualTo(p.conceded);
            assertThat(w.get("balls").asInt()).as(key).isEqualTo(p.legalBalls);
        }
        JsonNode top = body.get("runs").get(0);
        int most = raw.values().stream().mapToInt(p -> p.runs).max().orElseThrow();
        assertThat(top.get("runs").asInt()).isEqualTo(most);
    }

    @Test
    void cachedReadsCostNoQueryAndAnUnknownTournamentIs404() throws Exception {
        http.get(table());
        http.get(leaders());
        assertThat(http.get(table()).headers().firstValue("X-Cache")).hasValue("HIT");
        double before = settledDbQueries(app, 300);
        for (int i = 0; i < 100; i++) {
            Http.Reply r = http.get(i % 2 == 0 ? table() : leaders());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Cache")).hasValue("HIT");
        }
        assertThat(dbQueries(app)).isEqualTo(before);

        Http.Reply missing = http.get("/api/v1/tournaments/" + (tournamentId + 1000) + "/table");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aNewMatchOfTheTournamentReachesTheTableHereAndOnAnotherInstance() throws Exception {
        try (App other = TestServer.anotherInstance()) {
            Http there = new Http(other);
            JsonNode before = there.get(table()).json();
            there.get(table()); // now held in the other instance's near cache

            Path added = DevMatches.DIR.resolve("1082628.json");
            app.services().cricsheetImport().importMatch(CricsheetReader.read(added), Integer.MAX_VALUE, SEASON);
            files.add(added);

            Map<String, Expected> expected = expectedTable(files);
            String mumbai = new RawCricsheet(added).winner();
            JsonNode here = awaitRow(http, mumbai, expected.get(mumbai).played);
            assertThat(here.get("won").asInt()).isEqualTo(expected.get(mumbai).won);
            JsonNode away = awaitRow(there, mumbai, expected.get(mumbai).played);
            assertThat(away.get("points").asInt()).isEqualTo(here.get("points").asInt());
            assertThat(there.get(table()).json().get("version").asInt())
                    .isGreaterThan(before.get("version").asInt());
        }
    }

    @Test
    void theTournamentsPointsAreTheAdminsAndTheTableFollowsThem() throws Exception {
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        Http.Reply bad = admin.put("/api/v1/tournaments/" + tournamentId + "/points", "{\"win\": 4, \"tie\": 2}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("noResult");
        Http.Reply refused = new Http(app)
                .put("/api/v1/tournaments/" + tournamentId + "/points", "{\"win\": 4, \"tie\": 2, \"noResult\": 2}");
        assertThat(refused.status()).isEqualTo(401);

        Http.Reply set = admin.put(
                "/api/v1/tournaments/" + tournamentId + "/points", "{\"win\": 4, \"tie\": 2, \"noResult\": 2}");
        assertThat(set.status()).isEqualTo(200);
        JsonNode row = await(() -> {
            JsonNode t = http.get(table()).json();
            return t.get("points").get("win").asInt() == 4 ? t.get("rows").get(0) : null;
        });
        assertThat(row.get("points").asInt())
                .isEqualTo(4 * row.get("won").asInt()
                        + 2 * row.get("tied").asInt()
                        + 2 * row.get("noResult").asInt());
        admin.put("/api/v1/tournaments/" + tournamentId + "/points", "{\"win\": 2, \"tie\": 1, \"noResult\": 1}");
        await(() -> http.get(table()).json().get("points").get("win").asInt() == 2 ? true : null);
    }

    @Test
    void aCareerAddsEveryMatchThePlayerPlayedAndFollowsANewOne() throws Exception {
        Path first = DevMatches.DIR.resolve("1082591.json");
        RawCricsheet raw = new RawCricsheet(first);
        String player = raw.players.keySet().stream()
                .filter(n -> raw.players.get(n).battingInnings > 0)
                .findFirst()
                .orElseThrow();
        long playerId = app.services()
                .jdbc()
                .one("select id from player where name = ?", rs -> rs.getLong(1), player)
                .orElseThrow();
        String path = "/api/v1/players/" + playerId + "/career";
        JsonNode career = http.get(path).json();
        assertThat(career.get("player").asText()).isEqualTo(player);
        int matches = 0;
        int runs = 0;
        for (Path file : files) {
            RawCricsheet one = new RawCricsheet(file);
            if (one.teamOf(player) != null && one.oneInningsASide() && one.overs() == 20 && one.ballsPerOver() == 6) {
                matches++;
                runs += one.players.containsKey(player) ? one.players.get(player).runs : 0;
            }
        }
        JsonNode t20 = null;
        for (JsonNode f : career.get("formats")) {
            if (f.get("format").asText().equals("20-over")) {
                t20 = f;
            }
        }
        assertThat(t20).isNotNull();
        assertThat(t20.get("matches").asInt()).isEqualTo(matches);
        assertThat(t20.get("batting").get("runs").asInt()).isEqualTo(runs);
        assertThat(http.get(path).headers().firstValue("X-Cache")).hasValue("HIT");

        assertThat(http.get("/api/v1/players/" + (playerId + 100_000) + "/career")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDeletedTournamentsViewsGoAndItsIdIsNotFound() throws Exception {
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        long id = admin.post("/api/v1/tournaments", "{\"name\": \"Abandoned cup\", \"season\": \"2026\"}")
                .json()
                .get("id")
                .asLong();
        String path = "/api/v1/tournaments/" + id + "/table";
        Http.Reply empty = http.get(path);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("rows")).isEmpty();
        assertThat(http.get(path).headers().firstValue("X-Cache")).hasValue("HIT");

        assertThat(admin.delete("/api/v1/tournaments/" + id).status()).isEqualTo(204);
        await(() -> http.get(path).status() == 404 ? true : null);
        assertThat(http.get("/api/v1/tournaments/" + id + "/leaders").status()).isEqualTo(404);
    }

    @Test
    void withoutRedisTheViewsAreRenderedFromTheEventLogAlike() {
        try (App uncached =
                App.create(TestServer.config(), TestServer.pool(), null).start()) {
            Http direct = new Http(uncached);
            JsonNode cachedTable = http.get(table()).json();
            JsonNode directTable = direct.get(table()).json();
            assertThat(directTable.get("rows")).isEqualTo(cachedTable.get("rows"));
            assertThat(directTable.get("version")).isEqualTo(cachedTable.get("version"));
            assertThat(direct.get(leaders()).json().get("runs"))
                    .isEqualTo(http.get(leaders()).json().get("runs"));
        }
    }

    static JsonNode awaitRow(Http reader, String team, int played) throws Exception {
        return await(() -> {
            for (JsonNode row : reader.get(table()).json().get("rows")) {
                if (row.get("team").asText().equals(team) && row.get("played").asInt() == played) {
                    return row;
                }
            }
            return null;
        });
    }

    static <T> T await(Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen within 10 s");
            }
            Thread.sleep(50);
        }
    }
}
