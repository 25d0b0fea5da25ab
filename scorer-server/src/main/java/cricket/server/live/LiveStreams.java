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
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open streams by match. On a new version one thread reads the live view once (a near-cache hit, no query),
 * encodes it once as a Server-Sent Event, and starts a non-blocking write of those same bytes to each stream of
 * that match that has not had it: a version costs one encoding and, per reader, one socket write, never a thread.
 * A stream has at most one write in flight; when it finishes, the newest version is sent if the stream is behind.
 * A write that has not finished within {@link #STALL_SECONDS} (a frozen browser tab, a phone in a tunnel: the
 * socket's buffers are full) cuts the stream off: its reader reconnects with Last-Event-ID, and no other stream ever
 * waits for it. Once a second the thread also rechecks each watched match (which covers a channel message lost
 * while Redis was away) and every {@value #KEEP_ALIVE_SECONDS} seconds sends a comment, so dead clients go.
 */
public final class LiveStreams implements AutoCloseable {
    static final int KEEP_ALIVE_SECONDS = 15;
    static final int STALL_SECONDS = 10;
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    /** Where one stream's bytes go: the servlet response of a stream in the server. */
    interface Sink {
        /**
         * Starts writing {@code frame} (whole Server-Sent Events) without blocking, and runs {@code done} once it
         * has been written or has failed. The caller starts no other write before {@code done} has run, and never
         * changes {@code frame}.
         */
        void write(byte[] frame, Runnable done);

        boolean terminated();

        /** Runs {@code action} once when the stream ends, whichever side ends it. */
        void onClose(Runnable action);

        /** Closes the connection under the stream, so that a write stuck on it fails at once. */
        void abort();
    }

    /** A version of a match's live summary as the bytes of one Server-Sent Event, made once for every reader. */
    record Frame(int version, byte[] bytes) {
        static Frame of(View live) {
            String id = Integer.toString(live.version());
            StringBuilder event = new StringBuilder(live.body().length + 40);
            event.append("event: live\nid: ").append(id).append('\n');
            // A data line ends at a line break; the views are compact JSON, but a body with one stays intact.
            for (String line : new String(live.body(), StandardCharsets.UTF_8).split("\r?\n", -1)) {
                event.append("data: ").append(line).append('\n');
            }
            event.append('\n');
            return new Frame(live.version(), event.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private final PublicViews views;
    private final int maxStreams;
    private final long stallNanos;
    private final Counter cutOff;
    private final AtomicInteger open = new AtomicInteger();
    private final Map<Long, Set<Stream>> byMatch = new ConcurrentHashMap<>();
    /** The newest frame made per watched match; read and written on the sender thread only. */
    private final Map<Long, Frame> frames = new ConcurrentHashMap<>();

    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-streams");
        t.setDaemon(true);
        return t;
    });
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
        sender.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** One reader's stream: the newest version it has been sent, and whether a write to it is in flight. */
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
     * Whether this instance has as many streams open as it keeps: each is a socket, and a reader turned away can
     * poll /live, which a CDN can hold. Checked before a stream starts, so a burst of connects may pass it by a few.
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
        onSender(() -> {
            Frame frame = newestFrame(matchId);
            if (frame != null) {
                send(stream, frame);
            }
        });
    }

    /** A newer version of {@code matchId} is held; safe to call from any thread. */
    public void newVersion(long matchId, int version) {
        if (byMatch.containsKey(matchId)) {
            onSender(() -> push(matchId));
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

    private void onSender(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void push(long matchId) {
        Set<Stream> streams = byMatch.get(matchId);
        if (streams == null) {
            frames.remove(matchId);
            return;
        }
        Frame frame = newestFrame(matchId);
        if (frame == null) {
            return;
        }
        for (Stream stream : streams) {
            send(stream, frame);
        }
    }

    /** The newest version's frame, made once per version; null when the view cannot be read now. */
    private Frame newestFrame(long matchId) {
        View live;
        try {
            live = views.live(matchId);
        } catch (RuntimeException e) {
            log.warn("live stream not refreshed matchId={}: {}", matchId, e.toString());
            return frames.get(matchId);
        }
        Frame held = frames.get(matchId);
        if (held != null && held.version() >= live.version()) {
            return held;
        }
        Frame made = Frame.of(live);
        frames.put(matchId, made);
        return made;
    }

    /** Starts writing {@code frame} to a stream that is behind it, unless a write to it is in flight. */
    private void send(Stream stream, Frame frame) {
        if (stream.sent >= frame.version() || stream.sink.terminated()) {
            return;
        }
        write(stream, frame.bytes(), frame.version());
    }

    private void write(Stream stream, byte[] bytes, int version) {
        if (!stream.writing.compareAndSet(false, true)) {
            return; // when the write in flight finishes, the stream is brought up to the newest version
        }
        stream.writingSince = System.nanoTime();
        if (version > stream.sent) {
            stream.sent = version;
        }
        try {
            stream.sink.write(bytes, () -> {
                stream.writing.set(false);
                // A version that came while this write was in flight was skipped for this stream: send it now.
                Frame newest = frames.get(stream.matchId);
                if (newest != null && newest.version() > stream.sent) {
                    onSender(() -> send(stream, newest));
                }
            });
        } catch (RuntimeException e) {
            stream.writing.set(false);
            log.debug("live stream write failed matchId={}: {}", stream.matchId, e.toString());
        }
    }

    private void tick() {
        try {
            ticks++;
            long now = System.nanoTime();
            for (Long matchId : byMatch.keySet()) {
                for (Stream stream : byMatch.getOrDefault(matchId, Set.of())) {
                    if (stream.writing.get() && now - stream.writingSince > stallNanos) {
                        cutOff(stream);
                    }
                }
                push(matchId);
                if (ticks % KEEP_ALIVE_SECONDS == 0) {
                    byMatch.getOrDefault(matchId, Set.of()).forEach(s -> write(s, KEEP_ALIVE, -1));
                }
            }
            frames.keySet().retainAll(byMatch.keySet());
        } catch (RuntimeException e) {
            log.warn("live stream tick failed", e);
        }
    }

    private void cutOff(Stream stream) {
        log.info(
                "live stream cut off: its reader took no data for {} s matchId={}",
                TimeUnit.NANOSECONDS.toSeconds(stallNanos),
                stream.matchId);
        close(stream);
        cutOff.increment();
        try {
            stream.sink.abort();
        } catch (RuntimeException e) {
            log.warn("could not close a stalled live stream matchId={}: {}", stream.matchId, e.toString());
        }
    }

    /** Stops sending; the server's own stop closes the connections (closing them here re-enters a stopping server). */
    @Override
    public void close() {
        sender.shutdownNow();
        byMatch.clear();
        frames.clear();
    }
}
