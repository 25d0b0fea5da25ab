package cricket.server.live;

import cricket.server.publicread.PublicViews;
import cricket.server.publicread.View;
import io.javalin.http.sse.SseClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open streams by match. One thread sends: on a new version it reads the live view once (a near-cache hit, no
 * query) and writes it to every stream of that match that has not had it. Once a second it also rechecks each
 * watched match, which covers a channel message lost while Redis was away (the cache then answers from its
 * once-a-second rebuild), and every {@value #KEEP_ALIVE_SECONDS} seconds it sends a comment so dead clients go.
 */
public final class LiveStreams implements AutoCloseable {
    static final int KEEP_ALIVE_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final PublicViews views;
    private final int maxStreams;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<Long, Set<Stream>> byMatch = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-streams");
        t.setDaemon(true);
        return t;
    });
    private long ticks;

    /** @param maxStreams how many streams this instance keeps open at most (see {@link #full}) */
    public LiveStreams(PublicViews views, int maxStreams) {
        this.views = views;
        this.maxStreams = maxStreams;
        sender.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** One reader's stream and the newest version it has been sent. */
    private static final class Stream {
        final SseClient client;
        volatile int sent;

        Stream(SseClient client, int sent) {
            this.client = client;
            this.sent = sent;
        }
    }

    /**
     * Whether this instance has as many streams open as it keeps: each is a socket and a share of the one sender
     * thread, and a reader turned away can poll /live, which a CDN can hold. Checked before a stream starts, so a
     * burst of connects may pass it by a few.
     */
    boolean full() {
        return open.get() >= maxStreams;
    }

    int maxStreams() {
        return maxStreams;
    }

    /** Adds a stream that has seen {@code lastEventId} (-1 for none); it gets the current version at once if newer. */
    void open(long matchId, int lastEventId, SseClient client) {
        Stream stream = new Stream(client, lastEventId);
        byMatch.computeIfAbsent(matchId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        open.incrementAndGet();
        client.onClose(() -> close(matchId, stream));
        sender.execute(() -> push(matchId));
    }

    /** A newer version of {@code matchId} is held; safe to call from any thread. */
    public void newVersion(long matchId, int version) {
        if (byMatch.containsKey(matchId)) {
            sender.execute(() -> push(matchId));
        }
    }

    int streams(long matchId) {
        Set<Stream> streams = byMatch.get(matchId);
        return streams == null ? 0 : streams.size();
    }

    private void close(long matchId, Stream stream) {
        byMatch.computeIfPresent(matchId, (id, streams) -> {
            if (streams.remove(stream)) {
                open.decrementAndGet();
            }
            return streams.isEmpty() ? null : streams;
        });
    }

    private void push(long matchId) {
        Set<Stream> streams = byMatch.get(matchId);
        if (streams == null) {
            return;
        }
        View live;
        try {
            live = views.live(matchId);
        } catch (RuntimeException e) {
            log.warn("live stream not refreshed matchId={}: {}", matchId, e.toString());
            return;
        }
        String data = null;
        for (Stream stream : streams) {
            if (stream.sent < live.version() && !stream.client.terminated()) {
                if (data == null) {
                    data = new String(live.body(), StandardCharsets.UTF_8);
                }
                stream.client.sendEvent("live", data, Integer.toString(live.version()));
                stream.sent = live.version();
            }
        }
    }

    private void tick() {
        try {
            ticks++;
            for (Long matchId : byMatch.keySet()) {
                push(matchId);
                if (ticks % KEEP_ALIVE_SECONDS == 0) {
                    byMatch.getOrDefault(matchId, Set.of()).forEach(s -> s.client.sendComment("keep-alive"));
                }
            }
        } catch (RuntimeException e) {
            log.warn("live stream tick failed", e);
        }
    }

    /** Stops sending; the server's own stop closes the connections (closing them here re-enters a stopping server). */
    @Override
    public void close() {
        sender.shutdownNow();
        byMatch.clear();
    }
}
