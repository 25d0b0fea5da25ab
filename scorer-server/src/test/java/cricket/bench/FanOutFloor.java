package cricket.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code FanOutFloor DIR PORT SCORES VERSION FRAME_BYTES}: the least a push server can do, the reference bench/fan-out
 * measures the real server against ({@code FANOUT_SERVER=floor}). Same clients, same reports, same CPU accounting;
 * no database, no Redis, no Jetty, no views: what is left is what the kernel and the JVM cost for one loopback
 * write per reader per ball on this machine, the floor under any server of ours.
 *
 * <p>Design: plain NIO, one selector thread per core. The listening socket sits on the first thread's selector,
 * which deals each accepted connection to the threads in turn. A thread reads a connection's request up to its blank
 * line: {@code GET /health} is answered 200 and closed (the bench waits on it); {@code GET .../stream} gets the same
 * response head as the real server's stream (status, SSE headers, {@code Connection: close}, body to the connection's
 * end) and, unless its {@code Last-Event-ID} says it has it, the newest version's frame, as the real server does; the
 * socket is set up as the real server's (TCP_NODELAY, as Jetty accepts; a 32 KB send buffer, as {@code EndPointSink}
 * sets). On each ball, every thread writes the one frame of that version (the same bytes for every stream, built once,
 * FRAME_BYTES long like the real server's event of a live summary) with one non-blocking write per socket. A socket
 * that does not take it whole keeps the rest and is written when it drains, and then gets the newest version if it
 * missed one, so a slow reader is coalesced as by the real server; no other stream waits for it.
 *
 * <p>It scores itself. The instance given SCORES=1 watches for DIR/floor-score ({@code BALLS EVERY_MS AFTER}, written
 * by bench/fan-out/run where the real run starts FanOutScorer), plans the balls from a moment just ahead and writes
 * the plan to DIR/floor-plan; every instance (itself included) follows the plan on the machine's monotonic clock
 * ({@link System#nanoTime}, shared by all processes): ball i, version VERSION+AFTER+i, at the plan's start plus
 * (i-1)*EVERY_MS. The scoring instance then writes DIR/acks as {@link FanOutScorer} does ({@code version nanoTime
 * 201}, the ball's planned moment: no instance writes it before, and an instance's late wake-up counts against the
 * floor as the real server's does against it), so {@link FanOutReport} reads its run unchanged. No keep-alives: balls come every few seconds while the bench measures.
 */
public final class FanOutFloor implements AutoCloseable {
    /** The real stream's response head after its Date line (measured on BenchServer with curl; see bench/README.md). */
    static final String HEAD_AFTER_DATE = "Content-Type: text/event-stream;charset=utf-8\r\n"
            + "Access-Control-Allow-Origin: *\r\n"
            + "Cache-Control: no-cache\r\n"
            + "X-Accel-Buffering: no\r\n"
            + "Connection: close\r\n"
            + "\r\n";

    private static final int SEND_BUFFER_BYTES = 32 * 1024;
    private static final int REQUEST_BYTES = 8 * 1024;
    private static final long PLAN_AHEAD_NANOS = 300_000_000L;
    private static final long POLL_MILLIS = 50;
    /**
     * User time spent after each write, {@code -Dfloor.spinNanos} (0: none): paces the floor's writes like a server
     * doing more per delivery, to see whether the kernel's part of a write depends on that pace (bench/README.md).
     */
    private static final long SPIN_NANOS = Long.getLong("floor.spinNanos", 0);

    private final Path dir;
    private final boolean scores;
    private final int frameBytes;
    private final Loop[] loops;
    private final ServerSocketChannel server;
    private volatile boolean closed;
    /** The newest version's frame; every thread writes it to its streams behind it. */
    private volatile Frame newest;

    private FanOutFloor(Path dir, int port, boolean scores, int version, int frameBytes) throws IOException {
        this.dir = dir;
        this.scores = scores;
        this.frameBytes = frameBytes;
        this.newest = Frame.of(version, frameBytes);
        this.loops = new Loop[Runtime.getRuntime().availableProcessors()];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new Loop("floor-" + i);
        }
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", port), 4096);
        server.configureBlocking(false);
        server.register(loops[0].selector, SelectionKey.OP_ACCEPT, server);
    }

    /** Serving on {@code port} of 127.0.0.1 (0: a free one); {@link #followPlans} is the caller's to run. */
    static FanOutFloor start(Path dir, int port, boolean scores, int version, int frameBytes) throws IOException {
        FanOutFloor floor = new FanOutFloor(dir, port, scores, version, frameBytes);
        for (Loop loop : floor.loops) {
            loop.start();
        }
        return floor;
    }

    public static void main(String[] args) throws Exception {
        FanOutFloor floor = start(
                Path.of(args[0]),
                Integer.parseInt(args[1]),
                args[2].equals("1"),
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        System.out.println("fan-out floor: port " + floor.port() + ", " + floor.loops.length + " threads, version "
                + args[3] + ", frames of " + args[4] + " bytes");
        floor.followPlans();
    }

    int port() throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** Stops following plans and serving; the streams' sockets close with their selectors' threads. */
    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Loop loop : loops) {
            loop.selector.wakeup();
        }
    }

    /**
     * Forever: (the scoring instance) turns a score request into a plan; every instance plays each new plan. The
     * files are watched with {@link java.io.File}'s stat-only calls: {@link Files#exists} on a missing file throws
     * and catches an exception inside, which made an idle instance's polling cost 2 % of a core.
     */
    void followPlans() throws IOException, InterruptedException {
        java.io.File request = dir.resolve("floor-score").toFile();
        java.io.File planFile = dir.resolve("floor-plan").toFile();
        long seen = 0;
        long played = -1;
        while (!closed) {
            if (scores && request.exists()) {
                String[] asked = Files.readString(request.toPath()).trim().split(" ");
                Files.delete(request.toPath());
                long start = System.nanoTime() + PLAN_AHEAD_NANOS;
                Path tmp = dir.resolve("floor-plan.tmp");
                Files.writeString(tmp, start + " " + String.join(" ", asked) + "\n");
                Files.move(tmp, planFile.toPath(), StandardCopyOption.ATOMIC_MOVE);
            }
            long modified = planFile.lastModified(); // 0 while there is none
            if (modified != seen) {
                seen = modified;
                String[] p = Files.readString(planFile.toPath()).trim().split(" ");
                long start = Long.parseLong(p[0]);
                if (start != played) {
                    played = start;
                    play(start, Integer.parseInt(p[1]), Long.parseLong(p[2]), Integer.parseInt(p[3]));
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Makes version first+after+i at start+(i-1)*every for i in 1..balls; the scoring instance writes DIR/acks. */
    private void play(long start, int balls, long everyMs, int after) throws IOException, InterruptedException {
        int first = newest.version - after; // the plan's versions follow the one held, as the scorer's seqs do
        StringBuilder acks = new StringBuilder();
        for (int i = 1; i <= balls; i++) {
            int version = first + after + i;
            Frame frame = Frame.of(version, frameBytes);
            long due = start + (i - 1) * everyMs * 1_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            newest = frame;
            for (Loop loop : loops) {
                loop.selector.wakeup();
            }
            acks.append(version).append(' ').append(due).append(" 201\n");
        }
        if (scores) {
            Path tmp = dir.resolve("acks.tmp");
            Files.writeString(tmp, acks);
            Files.writeString(dir.resolve("retries"), "0\n");
            Files.move(tmp, dir.resolve("acks"), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** One version as one Server-Sent Event of exactly {@code bytes} bytes, in a direct buffer shared read-only. */
    record Frame(int version, ByteBuffer bytes) {
        static Frame of(int version, int bytes) {
            String head = "event: live\nid: " + version + "\ndata: {\"pad\":\"";
            String tail = "\"}\n\n";
            int pad = Math.max(0, bytes - head.length() - tail.length());
            byte[] event = (head + "x".repeat(pad) + tail).getBytes(StandardCharsets.US_ASCII);
            return new Frame(
                    version,
                    ByteBuffer.allocateDirect(event.length).put(event).flip().asReadOnlyBuffer());
        }
    }

    /** One connection: its request until the blank line, then a stream with at most one write in flight. */
    private static final class Connection {
        final SocketChannel channel;
        ByteBuffer request = ByteBuffer.allocate(REQUEST_BYTES);
        boolean streaming;
        int sent = -1;
        ByteBuffer pending; // the rest of a write the socket did not take whole

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    /** One selector thread: its connections' requests, and the writes of each new version to its streams. */
    private final class Loop extends Thread {
        final Selector selector;
        private final ConcurrentLinkedQueue<SocketChannel> accepted = new ConcurrentLinkedQueue<>();
        private final List<Connection> streams = new ArrayList<>();
        private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(REQUEST_BYTES);
        private int nextLoop;
        private int pushed;

        Loop(String name) throws IOException {
            super(name);
            setDaemon(true); // the main thread's plans keep the process up
            this.selector = Selector.open();
            this.pushed = -1;
        }

        @Override
        public void run() {
            try {
                while (!closed) {
                    selector.select(this::ready, 1000);
                    SocketChannel channel;
                    while ((channel = accepted.poll()) != null) {
                        channel.register(selector, SelectionKey.OP_READ, new Connection(channel));
                    }
                    Frame frame = newest;
                    if (frame.version != pushed) {
                        pushed = frame.version;
                        push(frame);
                    }
                }
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
                selector.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** One write of the frame's shared bytes to every stream behind it that has no write in flight. */
        private void push(Frame frame) {
            ByteBuffer view = frame.bytes.duplicate();
            for (int i = streams.size() - 1; i >= 0; i--) {
                Connection stream = streams.get(i);
                boolean open = stream.channel.isOpen();
                if (open && stream.pending == null && stream.sent < frame.version) {
                    open = send(stream, view.clear(), frame.version);
                    spin();
                }
                if (!open) { // gone: dropped here (order within a thread does not matter)
                    streams.set(i, streams.get(streams.size() - 1));
                    streams.remove(streams.size() - 1);
                }
            }
        }

        private static void spin() {
            if (SPIN_NANOS > 0) {
                long until = System.nanoTime() + SPIN_NANOS;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        }

        /** False when the stream has gone (closed here). */
        private boolean send(Connection stream, ByteBuffer bytes, int version) {
            try {
                stream.channel.write(bytes);
                stream.sent = version;
                if (bytes.hasRemaining()) {
                    stream.pending =
                            ByteBuffer.allocate(bytes.remaining()).put(bytes).flip();
                    stream.channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                }
                return true;
            } catch (IOException e) {
                close(stream);
                return false;
            }
        }

        private void ready(SelectionKey key) {
            if (key.attachment() instanceof ServerSocketChannel server) {
                accept(server);
                return;
            }
            Connection connection = (Connection) key.attachment();
            try {
                if (key.isValid() && key.isWritable()) {
                    drained(connection, key);
                }
                if (key.isValid() && key.isReadable()) {
                    read(connection);
                }
            } catch (IOException e) {
                close(connection);
            }
        }

        private void accept(ServerSocketChannel server) {
            try {
                SocketChannel channel;
                while ((channel = server.accept()) != null) {
                    channel.configureBlocking(false);
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    channel.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER_BYTES);
                    Loop loop = loops[nextLoop++ % loops.length];
                    loop.accepted.add(channel);
                    if (loop != this) {
                        loop.selector.wakeup();
                    }
                }
            } catch (IOException e) {
                System.err.println("fan-out floor: accept failed: " + e.getMessage());
            }
        }

        private void drained(Connection stream, SelectionKey key) throws IOException {
            stream.channel.write(stream.pending);
            if (stream.pending.hasRemaining()) {
                return;
            }
            stream.pending = null;
            key.interestOps(SelectionKey.OP_READ);
            Frame frame = newest;
            if (stream.sent < frame.version) { // versions that came meanwhile were skipped: the newest stands for them
                send(stream, frame.bytes.duplicate(), frame.version);
            }
        }

        private void read(Connection connection) throws IOException {
            readBuffer.clear();
            int n = connection.channel.read(readBuffer);
            if (n < 0) {
                close(connection);
                return;
            }
            if (connection.streaming || n == 0) {
                return; // a stream's client sends nothing more; what it might is ignored
            }
            readBuffer.flip();
            if (readBuffer.remaining() > connection.request.remaining()) {
                close(connection); // no request of the bench's is this long
                return;
            }
            connection.request.put(readBuffer);
            String request =
                    new String(connection.request.array(), 0, connection.request.position(), StandardCharsets.US_ASCII);
            int end = request.indexOf("\r\n\r\n");
            if (end >= 0) {
                answer(connection, request.substring(0, end));
            }
        }

        private void answer(Connection connection, String head) throws IOException {
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            String path = requestLine.length > 1 ? requestLine[1] : "";
            String date = "Date: "
                    + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC))
                    + "\r\n";
            if (!(path.startsWith("/api/v1/matches/") && path.endsWith("/stream"))) {
                int status = path.equals("/health") ? 200 : 404;
                writeAll(
                        connection,
                        "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n" + date
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
                close(connection);
                return;
            }
            int lastEventId = -1;
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                if (line.regionMatches(true, 0, "Last-Event-ID:", 0, 14)) {
                    lastEventId = Integer.parseInt(line.substring(14).trim());
                }
            }
            connection.request = null;
            connection.streaming = true;
            connection.sent = lastEventId;
            writeAll(connection, "HTTP/1.1 200 OK\r\n" + date + HEAD_AFTER_DATE);
            streams.add(connection);
            Frame frame = newest;
            if (connection.sent < frame.version) { // what it missed is the newest version only, as the real server
                send(connection, frame.bytes.duplicate(), frame.version);
            }
        }

        /** A head into a fresh socket, whose send buffer takes it at once. */
        private void writeAll(Connection connection, String text) throws IOException {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                connection.channel.write(bytes);
            }
        }

        private void close(Connection connection) {
            try {
                connection.channel.close();
            } catch (IOException ignored) {
                // closing a broken socket
            }
            connection.pending = null; // a closed stream is dropped by the next push
        }
    }
}
