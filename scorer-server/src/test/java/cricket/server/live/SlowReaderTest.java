package cricket.server.live;

import static cricket.server.cache.CacheTestKit.balls;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import cricket.server.publicread.EventLogViews;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reader that stops reading (a frozen tab: its socket buffers full, so every write to it blocks) must not hold up
 * the other streams of the instance, and is cut off. Over loopback the kernel buffers megabytes before a write
 * blocks, so the stalled reader here is a sink whose writes block until the connection is aborted; the views are
 * the server's real ones, read from the database.
 */
class SlowReaderTest {
    static App app;
    static User scorer;

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

    /** No write ever finishes, as on a full socket, until the connection is aborted; then it fails, as Jetty's would. */
    static final class StalledReader implements LiveStreams.Sink {
        final CountDownLatch aborted = new CountDownLatch(1);
        final AtomicInteger writes = new AtomicInteger();
        volatile Runnable pending;

        @Override
        public boolean write(java.nio.ByteBuffer frame, Runnable done) {
            writes.incrementAndGet();
            pending = done;
            return false;
        }

        @Override
        public boolean terminated() {
            return aborted.getCount() == 0;
        }

        @Override
        public void onClose(Runnable action) {} // LiveStreams drops a stream it cuts off itself

        @Override
        public void abort() {
            aborted.countDown();
            Runnable done = pending;
            if (done != null) {
                done.run(); // the write fails once the connection is closed
            }
        }
    }

    /** Reads everything sent at once. */
    static final class Reader implements LiveStreams.Sink {
        final BlockingQueue<String> ids = new LinkedBlockingQueue<>();

        @Override
        public boolean write(java.nio.ByteBuffer frame, Runnable done) {
            for (String line : StandardCharsets.UTF_8.decode(frame).toString().split("\n")) {
                if (line.startsWith("id: ")) {
                    ids.add(line.substring(4));
                }
            }
            return true; // taken whole at once, as by a socket with room
        }

        @Override
        public boolean terminated() {
            return false;
        }

        @Override
        public void onClose(Runnable action) {}

        @Override
        public void abort() {}

        void awaitVersion(int version) throws InterruptedException {
            int newest = 0;
            while (newest < version) {
                String id = ids.poll(5, TimeUnit.SECONDS);
                assertThat(id)
                        .as("version %d within 5 s (newest so far %d)", version, newest)
                        .isNotNull();
                newest = Integer.parseInt(id);
            }
            assertThat(newest).isEqualTo(version);
        }
    }

    /** One sender: the stalled stream and the reader share its thread, the case where a stall could hold others. */
    @Test
    void aReaderThatStopsReadingHoldsUpNoOtherStreamAndIsCutOff() throws Exception {
        long matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        balls(app, scorerHttp, matchId, 1, 2);
        EventLogViews views = new EventLogViews(
                app.services().states(),
                app.services().fixtureRepository(),
                app.services().competition(),
                app.services().json());

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (LiveStreams streams = new LiveStreams(views, 100, TimeUnit.MILLISECONDS.toNanos(1500), 1, registry)) {
            StalledReader stalled = new StalledReader();
            streams.open(matchId, -1, stalled); // its first write, of version 2, never finishes
            Reader reader = new Reader();
            streams.open(matchId, -1, reader);
            reader.awaitVersion(2);

            balls(app, scorerHttp, matchId, 3, 5);
            streams.newVersion(matchId, 5);
            reader.awaitVersion(5);
            assertThat(stalled.writes)
                    .as("one write in flight at most for a stream")
                    .hasValue(1);

            assertThat(stalled.aborted.await(5, TimeUnit.SECONDS))
                    .as("the stalled stream is cut off")
                    .isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (streams.streams(matchId) != 1 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(streams.streams(matchId)).as("streams left open").isEqualTo(1);
            assertThat(registry.get("cricket_live_streams").gauge().value()).isEqualTo(1);
            assertThat(registry.get("cricket_live_streams_cut_off").counter().count())
                    .isEqualTo(1);

            balls(app, scorerHttp, matchId, 6, 6);
            streams.newVersion(matchId, 6);
            reader.awaitVersion(6);
        }
    }
}
