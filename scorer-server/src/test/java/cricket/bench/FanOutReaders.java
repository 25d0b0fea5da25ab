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
import java.util.Iterator;
import java.util.List;

/**
 * {@code FanOutReaders DIR NAME SOURCE_IP TARGETS MATCH COUNT BASE_VERSION BALLS}: one load-client process of
 * bench/fan-out. It holds COUNT live streams ({@code GET /api/v1/matches/MATCH/stream}) spread round-robin over
 * TARGETS ({@code host:port,host:port}), all from SOURCE_IP (one loopback address per process, so that ports do not
 * run short), on one selector thread with plain NIO: a reader costs a socket and a few dozen bytes here, not a
 * thread.
 *
 * <p>For each stream it keeps the {@link System#nanoTime} (the machine's monotonic clock, which every process on it
 * shares) at which each version BASE_VERSION..BASE_VERSION+BALLS first arrived. A stream that drops reconnects with
 * {@code Last-Event-ID}, as a browser does. Every second it writes DIR/NAME.connected (streams that have had their
 * first event); once DIR/stop exists it writes DIR/NAME.bin for {@link FanOutReport} and exits.
 */
public final class FanOutReaders {
    private static final int CONNECTS_IN_FLIGHT = 500;
    private static final long RETRY_NANOS = 1_000_000_000L;

    private final Path dir;
    private final String name;
    private final InetSocketAddress source;
    private final List<InetSocketAddress> targets;
    private final long matchId;
    private final int baseVersion;
    private final int balls;
    private final Selector selector;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private final List<Reader> readers = new ArrayList<>();
    private final ArrayDeque<Reader> toConnect = new ArrayDeque<>();
    private final ArrayDeque<Reader> toRetry = new ArrayDeque<>();
    private int connecting;
    private long reconnects;
    private long refused;

    private FanOutReaders(String[] args) throws IOException {
        dir = Path.of(args[0]);
        name = args[1];
        source = new InetSocketAddress(args[2], 0);
        targets = new ArrayList<>();
        for (String target : args[3].split(",")) {
            String[] hostPort = target.split(":");
            targets.add(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])));
        }
        matchId = Long.parseLong(args[4]);
        int count = Integer.parseInt(args[5]);
        baseVersion = Integer.parseInt(args[6]);
        balls = Integer.parseInt(args[7]);
        selector = Selector.open();
        for (int i = 0; i < count; i++) {
            Reader reader = new Reader(targets.get(i % targets.size()), balls + 1);
            readers.add(reader);
            toConnect.add(reader);
        }
    }

    public static void main(String[] args) throws Exception {
        new FanOutReaders(args).run();
    }

    private void run() throws IOException {
        Path stop = dir.resolve("stop");
        long nextReport = 0;
        while (!Files.exists(stop)) {
            long now = System.nanoTime();
            while (!toRetry.isEmpty() && toRetry.peek().retryAt <= now) {
                toConnect.add(toRetry.poll());
            }
            while (connecting < CONNECTS_IN_FLIGHT && !toConnect.isEmpty()) {
                connect(toConnect.poll());
            }
            selector.select(100);
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                Reader reader = (Reader) key.attachment();
                try {
                    if (key.isConnectable()) {
                        finishConnect(reader, key);
                    } else if (key.isReadable()) {
                        read(reader, key);
                    }
                } catch (IOException e) {
                    drop(reader);
                }
            }
            if (now > nextReport) {
                report();
                nextReport = now + 1_000_000_000L;
            }
        }
        report();
        write();
    }

    private void connect(Reader reader) {
        try {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(source);
            reader.channel = channel;
            reader.reset();
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
        String lastEventId = reader.lastVersion < 0 ? "" : "Last-Event-ID: " + reader.lastVersion + "\r\n";
        byte[] request = ("GET /api/v1/matches/" + matchId + "/stream HTTP/1.1\r\nHost: "
                        + reader.target.getHostString() + "\r\nAccept: text/event-stream\r\n" + lastEventId + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.wrap(request);
        while (out.hasRemaining()) {
            reader.channel.write(out); // a fresh socket's send buffer takes a request of this size at once
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    private void read(Reader reader, SelectionKey key) throws IOException {
        readBuffer.clear();
        int n = reader.channel.read(readBuffer);
        if (n < 0) {
            drop(reader);
            return;
        }
        long now = System.nanoTime();
        readBuffer.flip();
        while (readBuffer.hasRemaining()) {
            if (!reader.feed(readBuffer.get(), now, baseVersion)) {
                refused++;
                drop(reader);
                return;
            }
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

    private void report() throws IOException {
        int connected = 0;
        for (Reader reader : readers) {
            if (reader.channel != null && reader.lastVersion >= 0) {
                connected++;
            }
        }
        Path tmp = dir.resolve(name + ".connected.tmp");
        Files.writeString(tmp, connected + " " + reconnects + " " + refused + "\n");
        Files.move(tmp, dir.resolve(name + ".connected"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** readers, versions, then per reader its arrival times (0 = never), reconnects and refusals at the end. */
    private void write() throws IOException {
        Path tmp = dir.resolve(name + ".bin.tmp");
        try (DataOutputStream out =
                new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(readers.size());
            out.writeInt(balls + 1);
            for (Reader reader : readers) {
                for (long t : reader.arrivals) {
                    out.writeLong(t);
                }
            }
            out.writeLong(reconnects);
            out.writeLong(refused);
        }
        Files.move(tmp, dir.resolve(name + ".bin"), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * One stream: an HTTP/1.1 response head, then (chunked or not) Server-Sent Events, of which only the {@code id:}
     * lines matter here. Parsed a byte at a time, keeping the first bytes of the current line only.
     */
    private static final class Reader {
        final InetSocketAddress target;
        final long[] arrivals;
        SocketChannel channel;
        boolean connecting;
        long retryAt;
        int lastVersion = -1;

        private boolean inHead;
        private boolean chunked;
        private int status;
        private long chunkLeft; // bytes of chunk data still to come; -1 while reading a size line
        private final StringBuilder sizeLine = new StringBuilder();
        private final byte[] line = new byte[24];
        private int lineLength;
        private boolean skipCrlf;

        Reader(InetSocketAddress target, int versions) {
            this.target = target;
            this.arrivals = new long[versions];
        }

        void reset() {
            inHead = true;
            chunked = false;
            status = 0;
            chunkLeft = -1;
            sizeLine.setLength(0);
            lineLength = 0;
            skipCrlf = false;
        }

        /** Takes one byte; false when the server refused the stream (not a 200). */
        boolean feed(byte b, long now, int baseVersion) {
            if (inHead) {
                return head(b);
            }
            if (!chunked) {
                body(b, now, baseVersion);
                return true;
            }
            if (skipCrlf) { // the CRLF after a chunk's data
                if (b == '\n') {
                    skipCrlf = false;
                }
                return true;
            }
            if (chunkLeft < 0) {
                if (b == '\n') {
                    String size = sizeLine.toString().trim();
                    int semicolon = size.indexOf(';');
                    chunkLeft = Long.parseLong(semicolon < 0 ? size : size.substring(0, semicolon), 16);
                    sizeLine.setLength(0);
                    if (chunkLeft == 0) {
                        return false; // the response ended: the stream is over
                    }
                } else if (b != '\r') {
                    sizeLine.append((char) b);
                }
                return true;
            }
            body(b, now, baseVersion);
            if (--chunkLeft == 0) {
                chunkLeft = -1;
                skipCrlf = true;
            }
            return true;
        }

        private boolean head(byte b) {
            if (b == '\n') {
                String text = new String(line, 0, Math.min(lineLength, line.length), StandardCharsets.US_ASCII);
                if (lineLength == 0 || (lineLength == 1 && line[0] == '\r')) {
                    inHead = false;
                    lineLength = 0;
                    return status == 200;
                }
                if (status == 0 && text.startsWith("HTTP/1.1 ")) {
                    status = Integer.parseInt(text.substring(9, 12));
                } else if (text.toLowerCase().startsWith("transfer-encoding: chu")) {
                    chunked = true;
                }
                lineLength = 0;
            } else {
                if (lineLength < line.length) {
                    line[lineLength] = b;
                }
                lineLength++;
            }
            return true;
        }

        private void body(byte b, long now, int baseVersion) {
            if (b == '\n') {
                if (lineLength > 3 && line[0] == 'i' && line[1] == 'd' && line[2] == ':') {
                    int version = parseVersion();
                    lastVersion = Math.max(lastVersion, version);
                    int index = version - baseVersion;
                    if (index >= 0 && index < arrivals.length && arrivals[index] == 0) {
                        arrivals[index] = now;
                    }
                }
                lineLength = 0;
            } else {
                if (lineLength < line.length) {
                    line[lineLength] = b;
                }
                lineLength++;
            }
        }

        private int parseVersion() {
            int value = 0;
            for (int i = 3; i < Math.min(lineLength, line.length); i++) {
                byte c = line[i];
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                }
            }
            return value;
        }
    }
}
