package cricket.server.live;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sender thread and the streams given to it. A stream stays on one sender for its whole life, so its writes
 * start on one thread, in version order, and a version that comes while a write to it is in flight is coalesced
 * into the newest one. Senders share nothing but the frames ({@link LiveStreams}), so with one per core a version
 * reaches the streams of every sender at the same time.
 */
final class StreamSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamSender.class);

    /** What a sender asks of the streams as a whole: the newest frame of a match, and to be told of a stream gone. */
    interface Frames {
        /** The newest version's frame, made once per version for every sender; null when it cannot be read now. */
        LiveStreams.Frame newest(long matchId);

        /** The frame held now (made earlier), or null. */
        LiveStreams.Frame held(long matchId);

        void closed(long matchId);

        void cutOff();
    }

    /** One reader's stream: the newest version it has been sent, and whether a write to it is in flight. */
    static final class Stream {
        final long matchId;
        final LiveStreams.Sink sink;
        /** True while the rest of a write the socket did not take at once is being written. */
        final AtomicBoolean writing = new AtomicBoolean();

        volatile long writingSince;
        volatile int sent;
        /** Run when the rest of a write has gone (set when the stream joins its sender). */
        Runnable afterWrite;
        /** The sender's tick of the last write to it (read and written by the sender's thread only). */
        long lastWriteTick;

        Stream(long matchId, LiveStreams.Sink sink, int sent) {
            this.matchId = matchId;
            this.sink = sink;
            this.sent = sent;
        }
    }

    private final Frames frames;
    private final long stallNanos;
    private final Map<Long, Set<Stream>> byMatch = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread;
    /** Seconds between the keep-alive passes, and how long a stream must have had nothing to get one. */
    static final int KEEP_ALIVE_EVERY = 5;

    static final int KEEP_ALIVE_IDLE = LiveStreams.KEEP_ALIVE_SECONDS - KEEP_ALIVE_EVERY;
    // The fields below are this sender's thread's own.
    private long ticks;
    /** Streams whose last write the socket did not take at once (some may have finished since). */
    private final List<Stream> pendingWrites = new ArrayList<>();
    /** Per match, the version the last pass over all its streams sent. */
    private final Map<Long, Integer> pushed = new HashMap<>();

    StreamSender(String name, Frames frames, long stallNanos) {
        this.frames = frames;
        this.stallNanos = stallNanos;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Adds a stream; it gets the current version at once if it is behind it. */
    void open(Stream stream) {
        stream.afterWrite = () -> afterWrite(stream);
        byMatch.computeIfAbsent(stream.matchId, id -> ConcurrentHashMap.newKeySet())
                .add(stream);
        stream.sink.onClose(() -> close(stream));
        execute(() -> {
            LiveStreams.Frame frame = frames.newest(stream.matchId);
            if (frame != null) {
                send(stream, frame);
            }
        });
    }

    boolean watches(long matchId) {
        return byMatch.containsKey(matchId);
    }

    int streams(long matchId) {
        Set<Stream> streams = byMatch.get(matchId);
        return streams == null ? 0 : streams.size();
    }

    /** Sends the newest version of {@code matchId} to each of this sender's streams of it that is behind. */
    void push(long matchId) {
        execute(() -> pushNow(matchId));
    }

    private void close(Stream stream) {
        byMatch.computeIfPresent(stream.matchId, (id, streams) -> {
            if (streams.remove(stream)) {
                frames.closed(stream.matchId);
            }
            return streams.isEmpty() ? null : streams;
        });
    }

    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void pushNow(long matchId) {
        Set<Stream> streams = byMatch.get(matchId);
        if (streams == null) {
            return;
        }
        LiveStreams.Frame frame = frames.newest(matchId);
        if (frame == null || pushed.getOrDefault(matchId, -1) >= frame.version()) {
            return; // every stream has had it, is writing (and will catch up), or joined after (and was sent it)
        }
        pushed.put(matchId, frame.version());
        ByteBuffer view = frame.view(); // one view for all: a write that the socket takes whole leaves it free
        for (Stream stream : streams) {
            if (stream.sent < frame.version() && !stream.sink.terminated()) {
                write(stream, view.clear(), frame.version());
            }
        }
    }

    /** Starts writing {@code frame} to a stream that is behind it, unless a write to it is in flight. */
    private void send(Stream stream, LiveStreams.Frame frame) {
        if (stream.sent >= frame.version() || stream.sink.terminated()) {
            return;
        }
        write(stream, frame.view(), frame.version());
    }

    /**
     * Writes {@code bytes} (a view the sink may not keep) unless a write to the stream is in flight. Runs on this
     * sender's thread only, so the flag is set here and cleared here or, for a write finished later, by
     * {@link #afterWrite}.
     */
    private void write(Stream stream, ByteBuffer bytes, int version) {
        if (stream.writing.get()) {
            return; // when the write in flight finishes, the stream is brought up to the newest version
        }
        stream.writing.set(true); // before the write: its rest may finish on another thread
        stream.lastWriteTick = ticks;
        if (version > stream.sent) {
            stream.sent = version;
        }
        boolean whole;
        try {
            whole = stream.sink.write(bytes, stream.afterWrite);
        } catch (RuntimeException e) {
            whole = true; // nothing in flight
            log.debug("live stream write failed matchId={}: {}", stream.matchId, e.toString());
        }
        if (whole) {
            stream.writing.set(false);
        } else {
            stream.writingSince = System.nanoTime(); // read only by this thread's tick, which is not running now
            pendingWrites.add(stream);
        }
    }

    /** The rest of a write has gone (or failed): a version that came meanwhile was skipped for the stream. */
    private void afterWrite(Stream stream) {
        stream.writing.set(false);
        LiveStreams.Frame newest = frames.held(stream.matchId);
        if (newest != null && newest.version() > stream.sent) {
            execute(() -> send(stream, newest));
        }
    }

    /**
     * Once a second: cut off stalled streams (only those with a write the socket did not take at once are looked
     * at), recheck each watched match (a pass over its streams only when its version moved on unseen), and every
     * {@value #KEEP_ALIVE_EVERY} seconds a keep-alive to each stream that has had nothing for the last
     * {@value #KEEP_ALIVE_IDLE} seconds, so that none goes {@value LiveStreams#KEEP_ALIVE_SECONDS} s without a byte.
     */
    private void tick() {
        try {
            ticks++;
            long now = System.nanoTime();
            pendingWrites.removeIf(stream -> !stream.writing.get());
            for (Stream stream : pendingWrites.toArray(new Stream[0])) {
                if (now - stream.writingSince > stallNanos) {
                    pendingWrites.remove(stream);
                    cutOff(stream);
                }
            }
            pushed.keySet().retainAll(byMatch.keySet());
            for (Map.Entry<Long, Set<Stream>> match : byMatch.entrySet()) {
                pushNow(match.getKey());
                if (ticks % KEEP_ALIVE_EVERY == 0) {
                    ByteBuffer keepAlive = LiveStreams.KEEP_ALIVE.view();
                    for (Stream stream : match.getValue()) {
                        if (ticks - stream.lastWriteTick >= KEEP_ALIVE_IDLE) {
                            write(stream, keepAlive.clear(), -1);
                        }
                    }
                }
            }
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
        frames.cutOff();
        try {
            stream.sink.abort();
        } catch (RuntimeException e) {
            log.warn("could not close a stalled live stream matchId={}: {}", stream.matchId, e.toString());
        }
    }

    /** Stops sending; the server's own stop closes the connections. */
    @Override
    public void close() {
        thread.shutdownNow();
        byMatch.clear();
    }
}
