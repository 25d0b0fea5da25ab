package cricket.server.cache;

import static cricket.server.cache.CacheTestKit.ball;
import static cricket.server.cache.CacheTestKit.balls;
import static cricket.server.cache.CacheTestKit.counter;
import static cricket.server.cache.CacheTestKit.dbQueries;
import static cricket.server.cache.CacheTestKit.gunzip;
import static cricket.server.cache.CacheTestKit.raw;
import static cricket.server.cache.CacheTestKit.settledDbQueries;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.scoring.MatchState;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.ServerConfig;
import cricket.server.TestServer;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache seen from outside: real HTTP against an app on the shared embedded PostgreSQL and Redis. */
class ViewCacheHttpTest {
    static App app;
    static User scorer;
    long matchId;
    Http scorerHttp;
    Http reader;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        scorer = TestServer.user(app, "scorer", Role.SCORER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void newMatch() {
        matchId = CacheTestKit.match(app, "admin", scorer.id());
        scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        reader = new Http(app);
    }

    static void flushRedis() {
        try (StatefulRedisConnection<String, String> c = TestServer.redis().connect()) {
            c.sync().flushall();
        }
    }

    String live() {
        return "/api/v1/matches/" + matchId + "/live";
    }

    @Test
    void aReadAfterABallIsAHitAndHitsSendNoQueryToTheDatabase() throws Exception {
        balls(app, scorerHttp, matchId, 1, 3);
        reader.get(live());
        Http.Reply second = reader.get(live());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(second.json().get("version").asInt()).isEqualTo(3);

        double queriesBefore = settledDbQueries(app, 300);
        double hitsBefore = CacheTestKit.reads(app, "hit");
        for (int i = 0; i < 200; i++) {
            Http.Reply r = reader.get(i % 2 == 0 ? live() : "/api/v1/matches/" + matchId + "/scorecard");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Cache")).hasValue("HIT");
        }
        assertThat(dbQueries(app)).isEqualTo(queriesBefore);
        assertThat(CacheTestKit.reads(app, "hit") - hitsBefore).isEqualTo(200);

        // The same facts as an operator scrapes them, under the two fixed names.
        String metrics = reader.metrics().body();
        assertThat(metric(metrics, "cricket_db_queries_total")).isEqualTo(dbQueries(app));
        assertThat(metric(metrics, "cricket_cache_reads_total{result=\"hit\"}"))
                .isGreaterThanOrEqualTo(hitsBefore + 200);
        assertThat(metrics).contains("cricket_cache_breaker_state", "cricket_cache_rebuilds_total");
    }

    static double metric(String scrape, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(scrape);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in /metrics:\n" + scrape);
        }
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theEtagIsTheVersionAndAMatchingIfNoneMatchIs304WithNoBody() {
        balls(app, scorerHttp, matchId, 1, 4);
        Http.Reply r = reader.get(live());
        assertThat(r.headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=1");

        Http.Reply notModified = reader.get(live(), "If-None-Match", "\"4\"");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue("\"4\"");

        balls(app, scorerHttp, matchId, 5, 5);
        Http.Reply changed = reader.get(live(), "If-None-Match", "\"4\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"5\"");
        assertThat(changed.json().get("version").asInt()).isEqualTo(5);
    }

    @Test
    void aReaderAcceptingGzipGetsTheStoredGzipOnceCompressedWhichUnpacksToThePlainBody() {
        balls(app, scorerHttp, matchId, 1, 30);
        for (String view : List.of("live", "scorecard", "commentary")) {
            String path = "/api/v1/matches/" + matchId + "/" + view;
            HttpResponse<byte[]> plain = raw(app, path);
            HttpResponse<byte[]> zipped = raw(app, path, "Accept-Encoding", "gzip");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(view).isEmpty();
            assertThat(zipped.headers().allValues("Content-Encoding")).as(view).containsExactly("gzip");
            assertThat(zipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
            assertThat(zipped.body().length).as(view).isLessThan(plain.body().length);
            assertThat(new String(gunzip(zipped.body()), StandardCharsets.UTF_8))
                    .as(view)
                    .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aColdInstanceMissesOnceLoadingFromRedisThenHits() {
        balls(app, scorerHttp, matchId, 1, 6);
        try (App cold = TestServer.anotherInstance()) {
            Http coldReader = new Http(cold);
            Http.Reply first = coldReader.get(live());
            Http.Reply second = coldReader.get(live());
            assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
            assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
            assertThat(first.body())
                    .isEqualTo(second.body())
                    .isEqualTo(reader.get(live()).body());
            assertThat(counter(cold, "cricket_cache_rebuilds")).isZero();
        }
    }

    @Test
    void concurrentReadersOfAMatchMissingEverywhereCauseOneRebuildFromTheEventLog() throws Exception {
        balls(app, scorerHttp, matchId, 1, 12);
        // The writer's stores of ball 12 land after its reply: one landing after the flush would be a Redis hit.
        for (String kind : List.of("live", "scorecard", "commentary")) {
            assertThat(CacheTestKit.awaitRedisVersion(matchId, kind, 12))
                    .as(kind)
                    .isEqualTo(12);
        }
        flushRedis();
        // Not a test of the breaker: 32 readers' Redis reads at once on a loaded machine overran the 50 ms command
        // timeout, opened it and were answered FALLBACK, neither miss nor hit.
        CacheSettings d = CacheSettings.defaults();
        CacheSettings patient = new CacheSettings(
                Duration.ofSeconds(1), d.probeInterval(), d.failuresToOpen(), d.recheck(), d.ttl(), d.nearCapacity());
        try (App cold = TestServer.anotherInstance(patient)) {
            int readers = 32;
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return new Http(cold).get("/api/v1/matches/" + matchId + "/scorecard");
                }));
            }
            go.countDown();
            Set<String> bodies = ConcurrentHashMap.newKeySet();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get(20, TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.json().get("version").asInt()).isEqualTo(12);
                bodies.add(r.body());
            }
            pool.shutdown();
            assertThat(bodies).hasSize(1);
            assertThat(counter(cold, "cricket_cache_rebuilds")).isEqualTo(1);
            assertThat(CacheTestKit.reads(cold, "miss") + CacheTestKit.reads(cold, "hit"))
                    .isEqualTo(readers);
            // The rebuild put the views back in Redis for every other instance, from the cache's writer thread.
            assertThat(CacheTestKit.awaitRedisVersion(matchId, "scorecard", 12)).isEqualTo(12);
        }
    }

    @Test
    void unknownIdsAre404ProblemsAndAThousandRandomOnesCostAHandfulOfQueries() throws Exception {
        Http.Reply one = reader.get("/api/v1/matches/987654321/live");
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.contentType()).startsWith("application/problem+json");
        assertThat(one.json().get("detail").asText()).contains("987654321");

        double before = settledDbQueries(app, 300);
        for (int i = 0; i < 1000; i++) {
            long id = matchId + 1 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
            String view = List.of("live", "scorecard", "commentary").get(i % 3);
            assertThat(reader.get("/api/v1/matches/" + id + "/" + view).status())
                    .isEqualTo(404);
        }
        // The highest match id is re-read at most once a second: a few queries for the whole run, not 1,000.
        assertThat(dbQueries(app) - before).isLessThanOrEqualTo(10);
        assertThat(counter(app, "cricket_cache_unknown_ids")).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void anOlderVersionStoredAfterANewerOneNeverReplacesItInRedisOrAnyNearCache() throws Exception {
        balls(app, scorerHttp, matchId, 1, 5);
        assertThat(reader.get(live()).json().get("version").asInt()).isEqualTo(5);
        List<cricket.scoring.MatchEvent> log = CacheTestKit.events(5);
        MatchState five = MatchState.replay(log);
        MatchState four = MatchState.replay(log.subList(0, 4));
        try (ViewCache slowWriter = new ViewCache(
                app.services().states(),
                app.services().fixtureRepository(),
                app.services().competition(),
                app.services().jdbc(),
                app.services().json(),
                TestServer.redis(),
                new SimpleMeterRegistry(),
                CacheSettings.defaults())) {
            slowWriter.eventCommitted(matchId, 5, five);
            slowWriter.eventCommitted(matchId, 4, four); // finishes last, with the older version

            assertThat(CacheTestKit.redisVersion(matchId, "live")).isEqualTo(5);
            assertThat(CacheTestKit.redisVersion(matchId, "scorecard")).isEqualTo(5);
            assertThat(slowWriter.live(matchId).version()).isEqualTo(5);
            Thread.sleep(200); // long enough for any channel message to arrive
            Http.Reply r = reader.get(live());
            assertThat(r.json().get("version").asInt()).isEqualTo(5);
            assertThat(r.headers().firstValue("ETag")).hasValue("\"5\"");
        }
    }

    @Test
    void writersRacingOnTwoInstancesLeaveTheNewestVersionInRedisAndBothNearCaches() throws Exception {
        int last = 40;
        try (App other = TestServer.anotherInstance()) {
            List<Http> writers = new ArrayList<>();
            for (App a : List.of(app, other, app, other)) {
                Http h = new Http(a);
                h.login("scorer", TestServer.PASSWORD);
                writers.add(h);
            }
            AtomicInteger committed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(writers.size());
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                Http h = writers.get(w);
                App on = w % 2 == 0 ? app : other;
                done.add(pool.submit(() -> {
                    int c;
                    while ((c = committed.get()) < last) {
                        Http.Reply r = ball(on, h, matchId, c + 1);
                        if (r.status() == 201) {
                            committed.accumulateAndGet(c + 1, Math::max);
                        } else if (r.status() != 409) {
                            throw new IllegalStateException("unexpected reply " + r);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            for (String kind : List.of("live", "scorecard", "commentary")) {
                assertThat(CacheTestKit.redisVersion(matchId, kind)).as(kind).isEqualTo(last);
            }
            assertThat(reader.get(live()).json().get("version").asInt()).isEqualTo(last);
            Http otherReader = new Http(other);
            long deadline = System.nanoTime() + 3_000_000_000L;
            int seen;
            while ((seen = otherReader.get(live()).json().get("version").asInt()) < last
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(seen).isEqualTo(last);
        }
    }

    @Test
    void aMatchCreatedOnOneInstanceIsKnownAtOnceToAnotherThroughTheChannel() throws Exception {
        CacheSettings d = CacheSettings.defaults();
        // The other instance re-reads the highest match id only every 30 s here: only the channel can tell it.
        CacheSettings slowRecheck = new CacheSettings(
                d.commandTimeout(),
                d.probeInterval(),
                d.failuresToOpen(),
                Duration.ofSeconds(30),
                d.ttl(),
                d.nearCapacity());
        try (App other = App.create(
                        ServerConfig.local().withBcryptCost(4), TestServer.pool(), TestServer.redis(), slowRecheck)
                .start()) {
            Http otherReader = new Http(other);
            long nextId = matchId + 1;
            assertThat(otherReader.get("/api/v1/matches/" + nextId + "/live").status())
                    .isEqualTo(404);

            long created = CacheTestKit.match(app, "admin", scorer.id());
            assertThat(created).isEqualTo(nextId);

            long deadline = System.nanoTime() + 10_000_000_000L;
            int status;
            while ((status = otherReader
                                    .get("/api/v1/matches/" + created + "/live")
                                    .status())
                            == 404
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(status).isEqualTo(200);
        }
    }

    @Test
    void anAdminsEditOfALiveMatchReachesTheCachedLiveListOnEveryInstanceWithoutABall() throws Exception {
        balls(app, scorerHttp, matchId, 1, 2);
        try (App other = TestServer.anotherInstance()) {
            Http otherReader = new Http(other);
            String path = "/api/v1/live-matches";
            assertThat(venueIn(reader.get(path))).isEqualTo("Lord's");
            assertThat(venueIn(otherReader.get(path))).isEqualTo("Lord's");
            String etagBefore = reader.get(path).headers().firstValue("ETag").orElseThrow();

            Http admin = new Http(app);
            admin.login("admin", TestServer.PASSWORD);
            JsonNode fixture = admin.get("/api/v1/matches/" + matchId).json();
            String moved = "{\"tournamentId\":" + fixture.get("tournamentId") + ",\"homeTeamId\":"
                    + fixture.at("/teams/0/id") + ",\"awayTeamId\":" + fixture.at("/teams/1/id")
                    + ",\"venue\":\"The Oval\",\"startTime\":\"2026-06-01T10:00:00Z\",\"rules\":null}";
            assertThat(admin.put("/api/v1/matches/" + matchId, moved).status()).isEqualTo(200);

            for (Http r : List.of(reader, otherReader)) {
                long deadline = System.nanoTime() + 5_000_000_000L;
                Http.Reply list = r.get(path);
                while (!"The Oval".equals(venueIn(list)) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                    list = r.get(path);
                }
                assertThat(venueIn(list)).as("venue in the live list").isEqualTo("The Oval");
                assertThat(list.headers().firstValue("X-Cache").orElse("")).isEqualTo("HIT");
                assertThat(list.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etagBefore);
            }
        }
    }

    private String venueIn(Http.Reply list) {
        for (JsonNode m : list.json()) {
            if (m.get("id").asLong() == matchId) {
                return m.get("venue").asText();
            }
        }
        throw new AssertionError("match " + matchId + " is not in the live list: " + list.body());
    }

    @Test
    void aDeletedMatchIs404OnEveryInstanceThoughItsViewsWereCachedAndItsIdIsNotRebuilt() throws Exception {
        try (App other = TestServer.anotherInstance()) {
            Http otherReader = new Http(other);
            // Both instances read the new (upcoming) match, so both hold its views.
            assertThat(reader.get(live()).status()).isEqualTo(200);
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (otherReader.get(live()).status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(otherReader.get(live()).headers().firstValue("X-Cache")).hasValue("HIT");
            assertThat(CacheTestKit.redisVersion(matchId, "live")).isZero();

            Http admin = new Http(app);
            admin.login("admin", TestServer.PASSWORD);
            assertThat(admin.delete("/api/v1/matches/" + matchId).status()).isEqualTo(204);

            assertThat(reader.get(live()).status()).isEqualTo(404);
            deadline = System.nanoTime() + 5_000_000_000L;
            int status;
            while ((status = otherReader.get(live()).status()) != 404 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(status).isEqualTo(404);
            deadline = System.nanoTime() + 5_000_000_000L;
            while (CacheTestKit.redisVersion(matchId, "live") != -1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(CacheTestKit.redisVersion(matchId, "live")).isEqualTo(-1);
            double queries = dbQueries(other);
            for (int i = 0; i < 20; i++) {
                assertThat(otherReader.get(live()).status()).isEqualTo(404);
            }
            assertThat(dbQueries(other)).isEqualTo(queries);
        }
    }

    @Test
    void anInstanceStartingRepairsALiveMatchWhoseLastStoreNeverReachedRedis() throws Exception {
        balls(app, scorerHttp, matchId, 1, 5);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (CacheTestKit.redisVersion(matchId, "live") < 5 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // As if the writer had died between its commit of ball 5 and the Redis store of its views.
        try (StatefulRedisConnection<String, String> c = TestServer.redis().connect()) {
            for (String kind : List.of("live", "scorecard", "commentary")) {
                c.sync().hset("cricket:view:" + matchId + ":" + kind, "v", "3");
            }
        }

        try (App restarted = TestServer.anotherInstance()) {
            // Repaired by the new instance's first ticks, once its Redis breaker has closed.
            deadline = System.nanoTime() + 5_000_000_000L;
            while (CacheTestKit.redisVersion(matchId, "live") < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(CacheTestKit.redisVersion(matchId, "live")).isEqualTo(5);
            assertThat(CacheTestKit.redisVersion(matchId, "scorecard")).isEqualTo(5);
            assertThat(new Http(restarted).get(live()).json().get("version").asInt())
                    .isEqualTo(5);
        }
    }

    @Test
    void aSecondInstanceIsToldOfNewVersionsThroughTheChannelAndServesThemWithoutTheDatabase() throws Exception {
        balls(app, scorerHttp, matchId, 1, 2);
        try (App other = TestServer.anotherInstance()) {
            Http otherReader = new Http(other);
            assertThat(otherReader.get(live()).json().get("version").asInt()).isEqualTo(2);
            double otherQueries = settledDbQueries(other, 300);

            balls(app, scorerHttp, matchId, 3, 8);
            long deadline = System.nanoTime() + 3_000_000_000L;
            Http.Reply r;
            do {
                r = otherReader.get(live());
                assertThat(r.headers().firstValue("X-Cache")).hasValue("HIT");
            } while (r.json().get("version").asInt() < 8 && System.nanoTime() < deadline);
            assertThat(r.json().get("version").asInt()).isEqualTo(8);
            assertThat(r.body()).isEqualTo(reader.get(live()).body());
            assertThat(dbQueries(other)).isEqualTo(otherQueries);
        }
    }
}
