package cricket.server.live;

import cricket.server.publicread.PublicViews;
import cricket.server.publicread.View;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open streams by match. On a new version a scheduler thread reads the live view once (a near-cache hit, no
 * query) and hands each stream of that match that has not had it to a small pool of writers. A write blocks while
 * the client's socket buffers are full (a frozen browser tab, a phone in a tunnel), so each stream has at most one
 * write in flight, the newest version is sent when it finishes, and a stream whose write has not finished within
 * {@link #STALL_SECONDS} is cut off: its reader reconnects with Last-Event-ID, and the others never wait for it.
 * Once a second the scheduler also rechecks each watched match (which covers a channel message lost while Redis
 * was away) and every {@value #KEEP_ALIVE_SECONDS} seconds sends a comment, so dead clients go.
 */
public final class LiveStreams implements AutoCloseable {
    static final int KEEP_ALIVE_SECONDS = 15;
    static final int STALL_SECONDS = 10;
    private static final int WRITERS = 8;
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    /** Where one stream's events go: Javalin's SSE client in the server. */
    interface Sink {
        /** Sends one event; may block while the client is not reading. */
        void event(String name, String data, String id);

        void comment(String text);

        boolean terminated();

        /** Runs {@code action} once when the stream ends, whichever side ends it. */
        void onClose(Runnable action);

        /** Closes the connection under the stream, so that a write blocked on it fails at once. */
        void abort();
    }

    private final PublicViews views;
    private final int maxStreams;
    private final long stallNanos;
    private final Counter cutOff;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<Long, Set<Stream>> byMatch = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("live-streams"));
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, daemon("live-stream-writer"));
    private long ticks;

    /**
     * @param maxStreams how many streams this instance keeps open at most (see {@link #full})
     * @param registry where {@code cricket_live_streams} (open now) and {@code cricket_live_streams_cut_off_total}
     *     (readers that took no data for the stall time) go
     */
    public LiveStreams(PublicViews views, int maxStreams, MeterRegistry registry) {
        this(views, maxStreams, TimeUnit.SECONDS.toNanos(STALL_SECONDS), registry);
    }

    LiveStreams(PublicViews views, int maxStreams, long stallNanos, MeterRegistry registry) {
        this.views = views;
        this.maxStreams = maxStreams;
        this.stallNanos = stallNanos;
        Gauge.builder("cricket_live_streams", open, AtomicInteger::get)
                .description("Live streams (Server-Sent Events) open on this instance")
                .register(registry);
        this.cutOff = Counter.builder("cricket_live_streams_cut_off")
                .description("Live streams closed because their reader took no data for " + STALL_SECONDS + " s")
                .register(registry);
        scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** One reader's stream: the newest version it has been sent, and its write in flight, if any. */
    private static final class Stream {
        final long matchId;
        final Sink sink;
        final AtomicBoolean writing = new AtomicBoolean();
        volatile long writingSince;
        volatile int sent;

        Stream(long matchId, Sink sink, int sent) {
            this.matchId = matchId;
            this.sink = sink;
            this.sent = sent;
        }
    }

    /**
     * Whether this instance has as many streams open as it keeps: each is a socket and a share of the writers, and
     * a reader turned away can poll /live, which a CDN can hold. Checked before a stream starts, so a burst of
     * connects may pass it by a few.
     */
    boolean full() {
        return open.get() >= maxStreams;
    }

    int maxStreams() {
        return maxStreams;
    }

    /** Adds a stream that has seen {@code lastEventId} (-1 for none); it gets the current version at once if newer. */
    void open(long matchId, int lastEventId, Sink sink) {
        Stream stream = new Stream(matchId, sink, lastEventId);
        byMatch.computeIfAbsent(matchId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        open.incrementAndGet();
        sink.onClose(() -> close(stream));
        scheduler.execute(() -> push(matchId));
    }

    /** A newer version of {@code matchId} is held; safe to call from any thread. */
    public void newVersion(long matchId, int version) {
        if (byMatch.containsKey(matchId)) {
            scheduler.execute(() -> push(matchId));
        }
    }

    int streams(long matchId) {
        Set<Stream> streams = byMatch.get(matchId);
        return streams == null ? 0 : streams.size();
    }

    private void close(Stream stream) {
        byMatch.computeIfPresent(stream.matchId, (id, streams) -> {
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
        View live = live(matchId);
        if (live == null) {
            return;
        }
        for (Stream stream : streams) {
            if (stream.sent < live.version() && !stream.sink.terminated()) {
                write(stream, s -> sendNewest(s, live));
            }
        }
    }

    private View live(long matchId) {
        try {
            return views.live(matchId);
        } catch (RuntimeException e) {
            log.warn("live stream not refreshed matchId={}: {}", matchId, e.toString());
            return null;
        }
    }

    private interface Write {
        void to(Stream stream);
    }

    /** Starts {@code write} on a writer unless one is in flight for this stream (it sends the newest when done). */
    private void write(Stream stream, Write write) {
        if (!stream.writing.compareAndSet(false, true)) {
            return;
        }
        stream.writingSince = System.nanoTime();
        try {
            writers.execute(() -> {
                try {
                    write.to(stream);
                } catch (RuntimeException e) {
                    log.debug("live stream write failed matchId={}: {}", stream.matchId, e.toString());
                } finally {
                    stream.writing.set(false);
                }
                // A version that came while this write was in flight was skipped for this stream: send it now.
                View live = live(stream.matchId);
                if (live != null && stream.sent < live.version() && !stream.sink.terminated()) {
                    write(stream, s -> sendNewest(s, live));
                }
            });
        } catch (RejectedExecutionException e) {
            stream.writing.set(false); // shutting down
        }
    }

    private static void sendNewest(Stream stream, View live) {
        if (stream.sent < live.version()) {
            stream.sink.event(
                    "live", new String(live.body(), StandardCharsets.UTF_8), Integer.toString(live.version()));
            stream.sent = live.version();
        }
    }

    private void tick() {
        try {
            ticks++;
            long now = System.nanoTime();
            for (Long matchId : byMatch.keySet()) {
                for (Stream stream : byMatch.getOrDefault(matchId, Set.of())) {
                    if (stream.writing.get() && now - stream.writingSince > stallNanos) {
                        log.info(
                                "live stream cut off: its reader took no data for {} s matchId={}",
                                TimeUnit.NANOSECONDS.toSeconds(stallNanos),
                                matchId);
                        close(stream);
                        cutOff.increment();
                        try {
                            stream.sink.abort();
                        } catch (RuntimeException e) {
                            log.warn("could not close a stalled live stream matchId={}: {}", matchId, e.toString());
                        }
                    }
                }
                push(matchId);
                if (ticks % KEEP_ALIVE_SECONDS == 0) {
                    byMatch.getOrDefault(matchId, Set.of()).forEach(s -> write(s, w -> w.sink.comment("keep-alive")));
                }
            }
        } catch (RuntimeException e) {
            log.warn("live stream tick failed", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops sending; the server's own stop closes the connections (closing them here re-enters a stopping server). */
    @Override
    public void close() {
        scheduler.shutdownNow();
        writers.shutdownNow();
        byMatch.clear();
    }
}
