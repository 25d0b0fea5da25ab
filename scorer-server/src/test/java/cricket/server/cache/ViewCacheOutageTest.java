package cricket.server.cache;

import static cricket.server.TestServer.breakerState;
import static cricket.server.cache.CacheTestKit.ball;
import static cricket.server.cache.CacheTestKit.balls;
import static cricket.server.cache.CacheTestKit.dbQueries;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.TwoInstances;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis stopped and frozen under a stream of reads (on two instances) and writes (on the first), on a Redis of
 * this class's own: every read answered, every write accepted, the database load bounded while Redis is away,
 * and, once it is back and without a restart, reads served from the cache again and never older than the last
 * acknowledged write.
 */
class ViewCacheOutageTest {
    @RegisterExtension
    static final TwoInstances instances = TwoInstances.perTest();

    static User scorer;
    App writerSide;
    App otherSide;
    long matchId;

    @BeforeEach
    void newMatch() {
        writerSide = instances.first();
        otherSide = instances.second();
        TestServer.user(writerSide, "admin", Role.ADMIN);
        scorer = TestServer.user(writerSide, "scorer", Role.SCORER);
        matchId = CacheTestKit.match(writerSide, "admin", scorer.id());
    }

    @Test
    void redisStoppedAndRestartedUnderReadsAndWritesLosesNoReadNoWriteAndRecoversWithoutARestart() throws Exception {
        survives(instances.redis()::stop, instances.redis()::start);
    }

    @Test
    void redisFrozenAndThawedUnderReadsAndWritesLosesNoReadNoWriteAndRecoversWithoutARestart() throws Exception {
        survives(instances.redis()::freeze, instances.redis()::thaw);
    }

    private void survives(Runnable outage, Runnable recovery) throws Exception {
        Http scorerHttp = new Http(writerSide);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        balls(writerSide, scorerHttp, matchId, 1, 3);
        Load load = new Load(scorerHttp, 4);
        load.start();
        double outageQueriesA;
        double outageQueriesB;
        int outageReads;
        try {
            Thread.sleep(700);
            outage.run();
            Thread.sleep(1000);
            assertThat(breakerState(writerSide))
                    .as("breaker while Redis is away")
                    .isNotZero();
            assertThat(breakerState(otherSide))
                    .as("breaker while Redis is away")
                    .isNotZero();

            // Reads alone while Redis is away: the database sees a few rebuilds a second, not the read rate.
            load.writing.set(false);
            Thread.sleep(300);
            double queriesA = dbQueries(writerSide);
            double queriesB = dbQueries(otherSide);
            int readsBefore = load.reads.size();
            Thread.sleep(1500);
            outageQueriesA = dbQueries(writerSide) - queriesA;
            outageQueriesB = dbQueries(otherSide) - queriesB;
            outageReads = load.reads.size() - readsBefore;
            load.writing.set(true);
            Thread.sleep(700);
        } finally {
            recovery.run();
        }
        long recoveredBy = awaitRecovery(load);
        Thread.sleep(700);
        load.stop();

        assertThat(load.failures).as("failed reads and writes").isEmpty();
        assertThat(load.ackedTimes.size()).as("writes accepted").isGreaterThan(10);
        // 1.5 s of reads on one match: each instance rechecks it about once a second (a rebuild is a few queries).
        assertThat(outageReads).as("reads during the measured outage").isGreaterThan(100);
        assertThat(outageQueriesA).as("queries on the writer's instance").isLessThanOrEqualTo(20);
        assertThat(outageQueriesB)
                .as("queries on the other instance; rebuilds "
                        + CacheTestKit.counter(otherSide, "cricket_cache_rebuilds")
                        + " fallbacks " + CacheTestKit.reads(otherSide, "fallback") + " misses "
                        + CacheTestKit.reads(otherSide, "miss") + " hits " + CacheTestKit.reads(otherSide, "hit"))
                .isLessThanOrEqualTo(20);
        for (Read r : load.reads) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        List<Read> afterRecovery =
                load.reads.stream().filter(r -> r.startedAt() > recoveredBy).toList();
        assertThat(afterRecovery).isNotEmpty();
        for (Read r : afterRecovery) {
            // The writer's own instance never shows less than it acknowledged; the other hears within moments.
            int floor = r.writerSide() ? load.ackedAt(r.startedAt()) : load.ackedAt(r.startedAt() - 250_000_000L);
            assertThat(r.version()).as(r.toString()).isGreaterThanOrEqualTo(floor);
            assertThat(r.cache()).as(r.toString()).isEqualTo("HIT");
        }
        // What was written while Redis was away reached it.
        int last = (int) load.ackedTimes.get(load.ackedTimes.size() - 1)[1];
        assertThat(redisVersion("live")).isEqualTo(last);
        assertThat(redisVersion("scorecard")).isEqualTo(last);
        assertThat(breakerState(writerSide)).isZero();
        assertThat(breakerState(otherSide)).isZero();
    }

    private int redisVersion(String kind) {
        RedisClient client = instances.redis().client();
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            String v = c.sync().hget("cricket:view:" + matchId + ":" + kind, "v");
            return v == null ? -1 : Integer.parseInt(v);
        } finally {
            client.shutdown();
        }
    }

    /** Waits until both instances serve HITs at the newest acknowledged version; returns when that was seen. */
    private long awaitRecovery(Load load) throws InterruptedException {
        long deadline = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < deadline) {
            int acked = load.ackedAt(System.nanoTime());
            Http.Reply a = new Http(writerSide).get("/api/v1/matches/" + matchId + "/live");
            Http.Reply b = new Http(otherSide).get("/api/v1/matches/" + matchId + "/live");
            if (isHitAt(a, acked) && isHitAt(b, acked)) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("reads did not return to the cache within 8 s of Redis coming back");
    }

    private static boolean isHitAt(Http.Reply r, int version) {
        return r.status() == 200
                && "HIT".equals(r.headers().firstValue("X-Cache").orElse(""))
                && r.json().get("version").asInt() >= version;
    }

    record Read(long startedAt, boolean writerSide, int status, String cache, int version) {}

    /** Reader threads on both instances and one writer on the first, recording everything they see. */
    private final class Load {
        final Queue<Read> reads = new ConcurrentLinkedQueue<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        /** [nanoTime, version] of each acknowledged write, in order. */
        final List<long[]> ackedTimes = new CopyOnWriteArrayList<>();

        final AtomicBoolean writing = new AtomicBoolean(true);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final Http scorerHttp;

        Load(Http scorerHttp, int readers) {
            this.scorerHttp = scorerHttp;
            for (int i = 0; i < readers; i++) {
                boolean onWriter = i % 2 == 0;
                threads.add(new Thread(() -> read(onWriter), "reader-" + i));
            }
            threads.add(new Thread(this::write, "writer"));
        }

        void start() {
            threads.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(10_000);
            }
        }

        int ackedAt(long nanos) {
            int version = 3;
            for (long[] a : ackedTimes) {
                if (a[0] - nanos <= 0) {
                    version = (int) a[1];
                }
            }
            return version;
        }

        private void read(boolean onWriter) {
            Http http = new Http(onWriter ? writerSide : otherSide);
            String path = "/api/v1/matches/" + matchId + "/live";
            while (running.get()) {
                long started = System.nanoTime();
                try {
                    Http.Reply r = http.get(path);
                    int version = r.status() == 200 ? r.json().get("version").asInt() : -1;
                    reads.add(new Read(
                            started,
                            onWriter,
                            r.status(),
                            r.headers().firstValue("X-Cache").orElse(""),
                            version));
                    Thread.sleep(2);
                } catch (RuntimeException e) {
                    failures.add("read: " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void write() {
            int seq = 4;
            while (running.get() && seq <= CacheTestKit.SOURCE.events().size()) {
                try {
                    if (writing.get()) {
                        Http.Reply r = ball(writerSide, scorerHttp, matchId, seq);
                        if (r.status() != 201) {
                            failures.add("write " + seq + ": " + r);
                            return;
                        }
                        ackedTimes.add(new long[] {System.nanoTime(), seq});
                        seq++;
                    }
                    Thread.sleep(40);
                } catch (RuntimeException e) {
                    failures.add("write " + seq + ": " + e);
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
