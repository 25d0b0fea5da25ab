package cricket.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.server.publicread.ViewKind;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ViewStoreTest {
    static TestRedis redis;
    static RedisClient client;
    static RedisLink link;
    static ViewStore store;
    static final List<String> messages = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        client = redis.client();
        link = new RedisLink(client, Duration.ofMillis(200), ViewStore.CHANNEL, new RedisPubSubAdapter<>() {
            @Override
            public void message(byte[] channel, byte[] message) {
                messages.add(new String(message, StandardCharsets.US_ASCII));
            }
        });
        assertThat(link.probe()).isTrue();
        store = new ViewStore(link, 60);
    }

    @AfterAll
    static void stop() {
        link.close();
        client.shutdown();
        redis.close();
    }

    static Map<ViewKind, CachedView> views(int version) {
        return Map.of(
                ViewKind.LIVE,
                ViewRenderer.view(version, ("{\"version\":" + version + "}").getBytes(), ViewKind.Media.JSON));
    }

    @Test
    void anOlderVersionNeverReplacesANewerOneWhateverOrderConcurrentWritersFinishIn() throws Exception {
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= 200; v++) {
            versions.add(v);
        }
        Collections.shuffle(versions);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        for (int v : versions) {
            pool.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.storeIfNewer(new Subject.Match(41), v, views(v));
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        CachedView stored = store.fetch(new Subject.Match(41), ViewKind.LIVE);
        assertThat(stored.version()).isEqualTo(200);
        assertThat(new String(stored.body())).isEqualTo("{\"version\":200}");
        assertThat(new String(ViewRendererTest.gunzip(stored.gzip()))).isEqualTo("{\"version\":200}");
    }

    @Test
    void aStoreThatChangesNothingPublishesNothing() throws Exception {
        assertThat(store.storeIfNewer(new Subject.Match(42), 5, views(5))).isEqualTo(1);
        assertThat(store.storeIfNewer(new Subject.Match(42), 3, views(3))).isZero();
        assertThat(store.storeIfNewer(new Subject.Match(42), 5, views(5))).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!messages.contains("42:5") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertThat(messages).contains("42:5").doesNotContain("42:3");
        assertThat(messages.stream().filter("42:5"::equals)).hasSize(1);
    }

    @Test
    void aStoredLiveViewReachesAnotherNearCacheWholeOnTheLiveChannelOnlyWhenNewer() throws Exception {
        NearCache near = new NearCache(16);
        NewVersions versions = new NewVersions(near);
        List<String> announced = new CopyOnWriteArrayList<>();
        versions.add((matchId, version) -> announced.add(matchId + ":" + version));
        PushedLiveViews pushed = new PushedLiveViews(near, versions);
        List<Integer> heard = new CopyOnWriteArrayList<>();
        RedisLink listener =
                new RedisLink(client, Duration.ofMillis(200), ViewStore.LIVE_CHANNEL, new RedisPubSubAdapter<>() {
                    @Override
                    public void message(byte[] channel, byte[] message) {
                        heard.add(message.length);
                        pushed.arrived(message);
                    }
                });
        assertThat(listener.probe()).isTrue();
        try {
            Subject.Match held = new Subject.Match(43);
            Subject.Match notHeld = new Subject.Match(44);
            near.offer(held, ViewKind.LIVE, views(3).get(ViewKind.LIVE));

            store.storeIfNewer(notHeld, 5, views(5));
            store.storeIfNewer(held, 5, views(5));
            awaitVersion(near, held, 5);
            CachedView live = near.get(held, ViewKind.LIVE);
            assertThat(new String(live.body(), StandardCharsets.UTF_8)).isEqualTo("{\"version\":5}");
            assertThat(new String(ViewRendererTest.gunzip(live.gzip()))).isEqualTo("{\"version\":5}");
            assertThat(near.version(notHeld, ViewKind.LIVE)).isEqualTo(-1); // not read here: nothing to refresh
            // the listener thread announces just after it offers the view: wait for the announcement too
            awaitSize(announced, 1);
            assertThat(announced).containsExactly("43:5");

            store.storeIfNewer(held, 4, views(4)); // older than Redis's: neither stored nor pushed
            store.storeIfNewer(held, 6, views(6));
            awaitVersion(near, held, 6);
            awaitSize(announced, 2);
            assertThat(heard).hasSize(3); // 44:5, 43:5, 43:6 (the channel keeps their order)
            assertThat(announced).containsExactly("43:5", "43:6");
        } finally {
            listener.close();
        }
    }

    private static void awaitSize(List<String> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void awaitVersion(NearCache near, Subject.Match match, int version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (near.version(match, ViewKind.LIVE) < version && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(near.version(match, ViewKind.LIVE)).isEqualTo(version);
    }

    @Test
    void aViewRedisHasNeverSeenIsNull() {
        assertThat(store.fetch(new Subject.Match(999), ViewKind.SCORECARD)).isNull();
    }
}
