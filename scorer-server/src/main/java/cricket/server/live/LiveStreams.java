package cricket.server.live;

import cricket.server.publicread.PublicViews;
import cricket.server.publicread.View;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open streams by match. On a new version each sender thread (one per core) takes the live view's frame, read
 * once (a near-cache hit, no query) and encoded once as a Server-Sent Event for every sender, and starts a
 * non-blocking write of those same bytes to each of its streams of that match that has not had it: a version costs
 * one encoding and, per reader, one socket write, never a thread. The streams are dealt to the senders in turn, so
 * the writes of one version run on every core at once. A stream has at most one write in flight; when it finishes,
 * the newest version is sent if the stream is behind. A write that has not finished within {@link #STALL_SECONDS}
 * (a frozen browser tab, a phone in a tunnel: the socket's buffers are full) cuts the stream off: its reader
 * reconnects with Last-Event-ID, and no other stream ever waits for it. Once a second each sender also rechecks
 * each match it watches (which covers a channel message lost while Redis was away), and no stream goes
 * {@value #KEEP_ALIVE_SECONDS} seconds without a byte: one that has had no event gets a comment, so dead clients go.
 */
public final class LiveStreams implements AutoCloseable {
    static final int KEEP_ALIVE_SECONDS = 15;
    static final int STALL_SECONDS = 10;
    static final Frame KEEP_ALIVE = new Frame(-1, direct(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8)));
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    /** Where one stream's bytes go: the connection of a stream in the server. */
    interface Sink {
        /**
         * Writes {@code frame} (whole Server-Sent Events, from its position to its limit) without blocking. True
         * when the socket took all of it now; {@code done} is not run then. False when the rest is written later or
         * the write failed: {@code done} runs once it is written or has failed (perhaps before this returns). The
         * sink keeps no hold of {@code frame} once it returns (the caller reuses it for the next stream) and never
         * changes its bytes; the caller starts no other write before {@code done} has run.
         */
        boolean write(ByteBuffer frame, Runnable done);

        boolean terminated();

        /** Runs {@code action} once when the stream ends, whichever side ends it. */
        void onClose(Runnable action);

        /** Closes the connection under the stream, so that a write stuck on it fails at once. */
        void abort();
    }

    /**
     * A version of a match's live summary as the bytes of one Server-Sent Event, made once for every reader, in a
     * direct buffer (which a socket write takes without a copy); writers read it through {@link #view}s.
     */
    record Frame(int version, ByteBuffer bytes) {
        static Frame of(View live) {
            String id = Integer.toString(live.version());
            StringBuilder event = new StringBuilder(live.body().length + 40);
            event.append("event: live\nid: ").append(id).append('\n');
            // A data line ends at a line break; the views are compact JSON, but a body with one stays intact.
            for (String line : new String(live.body(), StandardCharsets.UTF_8).split("\r?\n", -1)) {
                event.append("data: ").append(line).append('\n');
            }
            event.append('\n');
            return new Frame(live.version(), direct(event.toString().getBytes(StandardCharsets.UTF_8)));
        }

        /** A view of the whole frame of its own (position and limit), sharing the bytes. */
        ByteBuffer view() {
            return bytes.duplicate();
        }
    }

    /** {@code bytes} in a read-only direct buffer. */
    static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    private final PublicViews views;
    private final int maxStreams;
    private final Counter cutOff;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger nextSender = new AtomicInteger();
    /** The newest frame made per watched match, shared by the senders. */
    private final Map<Long, Frame> frames = new ConcurrentHashMap<>();

    private final StreamSender[] senders;

    /**
     * @param maxStreams how many streams this instance keeps open at most (see {@link #full})
     * @param registry where {@code cricket_live_streams} (open now) and {@code cricket_live_streams_cut_off_total}
     *     (readers that took no data for the stall time) go
     */
    public LiveStreams(PublicViews views, int maxStreams, MeterRegistry registry) {
        this(
                views,
                maxStreams,
                TimeUnit.SECONDS.toNanos(STALL_SECONDS),
                Runtime.getRuntime().availableProcessors(),
                registry);
    }

    /** {@code senders}: how many sender threads the streams are shared between (one per core in the server). */
    LiveStreams(PublicViews views, int maxStreams, long stallNanos, int senders, MeterRegistry registry) {
        this.views = views;
        this.maxStreams = maxStreams;
        Gauge.builder("cricket_live_streams", open, AtomicInteger::get)
                .description("Live streams (Server-Sent Events) open on this instance")
                .register(registry);
        this.cutOff = Counter.builder("cricket_live_streams_cut_off")
                .description("Live streams closed because their reader took no data for " + STALL_SECONDS + " s")
                .register(registry);
        StreamSender.Frames shared = new SharedFrames();
        this.senders = new StreamSender[Math.max(1, senders)];
        for (int i = 0; i < this.senders.length; i++) {
            this.senders[i] = new StreamSender("live-streams-" + i, shared, stallNanos);
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

    /**
     * Adds a stream that has seen {@code lastEventId} (-1 for none); it gets the current version at once if newer.
     * Streams are dealt to the senders in turn, so each holds about as many of every match's readers.
     */
    void open(long matchId, int lastEventId, Sink sink) {
        open.incrementAndGet();
        StreamSender sender = senders[Math.floorMod(nextSender.getAndIncrement(), senders.length)];
        sender.open(new StreamSender.Stream(matchId, sink, lastEventId));
    }

    /** A newer version of {@code matchId} is held; safe to call from any thread. */
    public void newVersion(long matchId, int version) {
        for (StreamSender sender : senders) {
            if (sender.watches(matchId)) {
                sender.push(matchId);
            }
        }
    }

    int streams(long matchId) {
        int streams = 0;
        for (StreamSender sender : senders) {
            streams += sender.streams(matchId);
        }
        return streams;
    }

    /** The frames every sender reads: one per version, made by whichever sender asks first. */
    private final class SharedFrames implements StreamSender.Frames {
        @Override
        public Frame newest(long matchId) {
            View live;
            try {
                live = views.live(matchId);
            } catch (RuntimeException e) {
                log.warn("live stream not refreshed matchId={}: {}", matchId, e.toString());
                return frames.get(matchId);
            }
            return frames.compute(
                    matchId, (id, held) -> held != null && held.version() >= live.version() ? held : Frame.of(live));
        }

        @Override
        public Frame held(long matchId) {
            return frames.get(matchId);
        }

        @Override
        public void closed(long matchId) {
            open.decrementAndGet();
            for (StreamSender sender : senders) {
                if (sender.watches(matchId)) {
                    return;
                }
            }
            frames.remove(matchId); // made again by the next stream of the match, if one comes
        }

        @Override
        public void cutOff() {
            cutOff.increment();
        }
    }

    /** Stops sending; the server's own stop closes the connections (closing them here re-enters a stopping server). */
    @Override
    public void close() {
        for (StreamSender sender : senders) {
            sender.close();
        }
        frames.clear();
    }
}
