package cricket.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code FanOutReaders DIR NAME SOURCE_IP TARGETS MATCH COUNT BASE_VERSION BALLS [THREADS]}: one load-client process
 * of bench/fan-out. It holds COUNT live streams ({@code GET /api/v1/matches/MATCH/stream}) spread round-robin over
 * TARGETS ({@code host:port,host:port}), all from SOURCE_IP (one loopback address per process, so that ports do not
 * run short), on THREADS selector threads (default 2) with plain NIO: a reader costs a socket and a few dozen bytes
 * here, not a thread. Each thread reads a ready stream with one read into its own direct buffer, copies it out once
 * and hands the whole read to the stream's {@link EventStream}, which scans it for {@code id:} lines.
 *
 * <p>For each stream it keeps the {@link System#nanoTime} (the machine's monotonic clock, which every process on it
 * shares) at which each version BASE_VERSION..BASE_VERSION+BALLS first arrived. A stream that drops reconnects with
 * {@code Last-Event-ID}, as a browser does. Every second it writes DIR/NAME.connected (streams that have had their
 * first event); once DIR/stop exists it writes DIR/NAME.bin for {@link FanOutReport} and exits.
 */
public final class FanOutReaders {
    private static final int CONNECTS_IN_FLIGHT = 500;
    private static final long RETRY_NANOS = 1_000_000_000L;
    private static final int READ_BYTES = 64 * 1024;

    private final Path dir;
    private final String name;
    private final List<Loop> loops = new ArrayList<>();
    private final List<Reader> readers = new ArrayList<>();

    private FanOutReaders(String[] args) throws IOException {
        dir = Path.of(args[0]);
        name = args[1];
        InetSocketAddress source = new InetSocketAddress(args[2], 0);
        List<InetSocketAddress> targets = new ArrayList<>();
        for (String target : args[3].split(",")) {
            String[] hostPort = target.split(":");
            targets.add(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])));
        }
        long matchId = Long.parseLong(args[4]);
        int count = Integer.parseInt(args[5]);
        int baseVersion = Integer.parseInt(args[6]);
        int balls = Integer.parseInt(args[7]);
        int threads = args.length > 8 ? Integer.parseInt(args[8]) : 2;
        for (int t = 0; t < threads; t++) {
            loops.add(new Loop(name + "-" + t, source, matchId, CONNECTS_IN_FLIGHT / threads));
        }
        for (int i = 0; i < count; i++) {
            Reader reader = new Reader(targets.get(i % targets.size()), new EventStream(baseVersion, balls + 1));
            readers.add(reader);
            loops.get(i % threads).toConnect.add(reader);
        }
    }

    public static void main(String[] args) throws Exception {
        new FanOutReaders(args).run();
    }

    private void run() throws IOException, InterruptedException {
        Path stop = dir.resolve("stop");
        for (Loop loop : loops) {
            loop.start();
        }
        while (!Files.exists(stop)) {
            report();
            Thread.sleep(1000);
        }
        for (Loop loop : loops) {
            loop.stopping = true;
            loop.selector.wakeup();
        }
        for (Loop loop : loops) {
            loop.join();
        }
        report();
        write();
    }

    private void report() throws IOException {
        long connected = 0;
        long reconnects = 0;
        long refused = 0;
        for (Loop loop : loops) {
            connected += loop.connected;
            reconnects += loop.reconnects;
            refused += loop.refused;
        }
        Path tmp = dir.resolve(name + ".connected.tmp");
        try {
            Files.writeString(tmp, connected + " " + reconnects + " " + refused + "\n");
            Files.move(tmp, dir.resolve(name + ".connected"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Out of open files for a moment (streams being reopened): say so and count again in a second, rather
            // than leave the run waiting for a count that never comes.
            System.err.println("fan-out: " + name + " could not write its count (" + e.getMessage() + "): " + connected
                    + " connected, " + reconnects + " reconnects, " + refused + " refused");
        }
    }

    /** readers, versions, then per reader its arrival times (0 = never), reconnects and refusals at the end. */
    private void write() throws IOException {
        Path tmp = dir.resolve(name + ".bin.tmp");
        try (DataOutputStream out =
                new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(readers.size());
            out.writeInt(readers.isEmpty() ? 0 : readers.get(0).events.arrivals().length);
            for (Reader reader : readers) {
                for (long t : reader.events.arrivals()) {
                    out.writeLong(t);
                }
            }
            long reconnects = 0;
            long refused = 0;
            for (Loop loop : loops) {
                reconnects += loop.reconnects;
                refused += loop.refused;
            }
            out.writeLong(reconnects);
            out.writeLong(refused);
        }
        Files.move(tmp, dir.resolve(name + ".bin"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** One stream and its connection (null between a drop and the reconnect). */
    private static final class Reader {
        final InetSocketAddress target;
        final EventStream events;
        SocketChannel channel;
        boolean connecting;
        long retryAt;

        Reader(InetSocketAddress target, EventStream events) {
            this.target = target;
            this.events = events;
        }
    }

    /** One selector thread and the streams dealt to it; its counters are read by the reporting thread. */
    private static final class Loop extends Thread {
        final Selector selector;
        final ArrayDeque<Reader> toConnect = new ArrayDeque<>();
        private final ArrayDeque<Reader> toRetry = new ArrayDeque<>();
        private final List<Reader> mine = new ArrayList<>();
        private final InetSocketAddress source;
        private final long matchId;
        private final int connectsInFlight;
        private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BYTES);
        private final byte[] bytes = new byte[READ_BYTES];
        private int connecting;
        volatile boolean stopping;
        volatile long connected;
        volatile long reconnects;
        volatile long refused;

        Loop(String name, InetSocketAddress source, long matchId, int connectsInFlight) throws IOException {
            super(name);
            this.selector = Selector.open();
            this.source = source;
            this.matchId = matchId;
            this.connectsInFlight = Math.max(1, connectsInFlight);
        }

        @Override
        public void run() {
            mine.addAll(toConnect);
            long nextCount = 0;
            try {
                while (!stopping) {
                    long now = System.nanoTime();
                    while (!toRetry.isEmpty() && toRetry.peek().retryAt <= now) {
                        toConnect.add(toRetry.poll());
                    }
                    while (connecting < connectsInFlight && !toConnect.isEmpty()) {
                        connect(toConnect.poll());
                    }
                    selector.select(this::ready, 100); // no selected-key set to fill and empty
                    if (now > nextCount) {
                        count();
                        nextCount = now + 1_000_000_000L;
                    }
                }
                count();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void ready(SelectionKey key) {
            Reader reader = (Reader) key.attachment();
            try {
                if (key.isConnectable()) {
                    finishConnect(reader, key);
                } else if (key.isReadable()) {
                    read(reader);
                }
            } catch (IOException e) {
                drop(reader);
            }
        }

        private void count() {
            long n = 0;
            for (Reader reader : mine) {
                if (reader.channel != null && reader.events.lastVersion() >= 0) {
                    n++;
                }
            }
            connected = n;
        }

        private void connect(Reader reader) {
            try {
                SocketChannel channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                channel.bind(source);
                reader.channel = channel;
                reader.events.reset();
                connecting++;
                reader.connecting = true;
                if (channel.connect(reader.target)) {
                    finishConnect(reader, channel.register(selector, 0, reader));
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, reader);
                }
            } catch (IOException e) {
                drop(reader);
            }
        }

        private void finishConnect(Reader reader, SelectionKey key) throws IOException {
            reader.channel.finishConnect();
            reader.connecting = false;
            connecting--;
            int last = reader.events.lastVersion();
            String lastEventId = last < 0 ? "" : "Last-Event-ID: " + last + "\r\n";
            byte[] request = ("GET /api/v1/matches/" + matchId + "/stream HTTP/1.1\r\nHost: "
                            + reader.target.getHostString() + "\r\nAccept: text/event-stream\r\n" + lastEventId
                            + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                reader.channel.write(out); // a fresh socket's send buffer takes a request of this size at once
            }
            key.interestOps(SelectionKey.OP_READ);
        }

        /** One read of whatever the socket holds (up to 64 KB), copied out once and scanned as a whole. */
        private void read(Reader reader) throws IOException {
            readBuffer.clear();
            int n = reader.channel.read(readBuffer);
            if (n < 0) {
                drop(reader);
                return;
            }
            if (n == 0) {
                return;
            }
            long now = System.nanoTime();
            readBuffer.flip();
            readBuffer.get(bytes, 0, n);
            EventStream.Fed fed = reader.events.feed(bytes, 0, n, now);
            if (fed == EventStream.Fed.REFUSED) {
                refused++;
            }
            if (fed != EventStream.Fed.READING) {
                drop(reader);
            }
        }

        /** Closes the stream and schedules a reconnect (with Last-Event-ID), as a browser's EventSource does. */
        private void drop(Reader reader) {
            if (reader.connecting) {
                reader.connecting = false;
                connecting--;
            }
            try {
                if (reader.channel != null) {
                    reader.channel.close();
                }
            } catch (IOException ignored) {
                // closing a broken socket
            }
            reader.channel = null;
            reconnects++;
            reader.retryAt = System.nanoTime() + RETRY_NANOS;
            toRetry.add(reader);
        }
    }
}
