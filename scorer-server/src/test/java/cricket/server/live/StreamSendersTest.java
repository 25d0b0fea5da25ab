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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streams of an instance are shared between several sender threads: each stream stays on one of them, gets the
 * versions in order, ends on the newest, and a stalled stream on one sender holds up no stream on any.
 */
class StreamSendersTest {
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

    /** Takes every frame at once, noting its version and the thread that wrote it. */
    static final class Reader implements LiveStreams.Sink {
        final List<Integer> versions = new CopyOnWriteArrayList<>();
        final Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public boolean write(java.nio.ByteBuffer frame, Runnable done) {
            for (String line : StandardCharsets.UTF_8.decode(frame).toString().split("\n")) {
                if (line.startsWith("id: ")) {
                    versions.add(Integer.parseInt(line.substring(4)));
                    threads.add(Thread.currentThread().getName());
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

        int newest() {
            return versions.isEmpty() ? -1 : versions.get(versions.size() - 1);
        }
    }

    @Test
    void eachStreamStaysOnOneSenderAndGetsTheVersionsInOrderUpToTheNewest() throws Exception {
        long matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        balls(app, scorerHttp, matchId, 1, 2);
        EventLogViews views = new EventLogViews(
                app.services().states(),
                app.services().fixtureRepository(),
                app.services().competition(),
                app.services().json());

        int senders = 3;
        try (LiveStreams streams =
                new LiveStreams(views, 100, TimeUnit.SECONDS.toNanos(10), senders, new SimpleMeterRegistry())) {
            SlowReaderTest.StalledReader stalled = new SlowReaderTest.StalledReader();
            streams.open(matchId, -1, stalled); // the first sender's first stream never finishes a write
            List<Reader> readers = new ArrayList<>();
            for (int i = 0; i < 3 * senders; i++) {
                Reader reader = new Reader();
                readers.add(reader);
                streams.open(matchId, -1, reader);
            }
            for (int seq = 3; seq <= 8; seq++) {
                balls(app, scorerHttp, matchId, seq, seq);
                streams.newVersion(matchId, seq);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (readers.stream().anyMatch(r -> r.newest() != 8) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            Set<String> allThreads = new HashSet<>();
            for (Reader reader : readers) {
                assertThat(reader.newest())
                        .as("the newest version reached every stream")
                        .isEqualTo(8);
                assertThat(reader.versions)
                        .as("versions in order, none twice")
                        .isSorted()
                        .doesNotHaveDuplicates();
                assertThat(reader.threads).as("one sender per stream").hasSize(1);
                allThreads.addAll(reader.threads);
            }
            assertThat(allThreads).as("the streams are shared by every sender").hasSize(senders);
            assertThat(stalled.writes)
                    .as("the stalled stream has one write in flight")
                    .hasValue(1);
            assertThat(streams.streams(matchId)).isEqualTo(1 + 3 * senders);
        }
    }
}
