package cricket.bench;

/**
 * What one load-client stream of bench/fan-out has read: an HTTP/1.1 response head, then a body of Server-Sent
 * Events up to the connection's end, of which only the {@code id:} lines matter. It keeps the time each version
 * BASE..BASE+VERSIONS-1 first arrived.
 *
 * <p>Made to cost little per event, since one client process reads 19,000 of them a ball: {@link #feed} takes a
 * whole read at once and looks only for line ends in it, with a plain loop over the array; a line is looked at only
 * for its first bytes ({@code id:} and the version), and only a line cut by the end of a read has its first
 * {@value #KEPT} bytes copied, into a buffer the stream owns. Nothing is allocated per event. A chunked body (the
 * server's own stream runs to the connection's end, but nginx re-frames it in chunks for an HTTP/1.1 client) has its
 * chunk framing taken out of each read in place before the lines are looked at, since a chunk's size line may fall
 * inside an {@code id:} line.
 */
final class EventStream {
    /** What {@link #feed} found. */
    enum Fed {
        READING,
        /** The server answered with a status other than 200. */
        REFUSED,
        /**
         * A chunked body's last chunk came: the response is over though the connection stays open (nginx ends the
         * chunked reply to its client this way when the instance behind it dies), so the stream must be opened
         * again, as a browser's EventSource does.
         */
        ENDED
    }

    /** Where a chunked body's reader is: in a chunk's size line, its data, the line end after it, or past the end. */
    private enum Chunk {
        SIZE,
        DATA,
        DATA_END,
        LAST
    }

    static final int KEPT = 32;
    private static final byte[] HTTP = "HTTP/1.1 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] CHUNKED_HEADER =
            "transfer-encoding: chunked".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final int base;
    private final long[] arrivals;
    private final byte[] carried = new byte[KEPT];
    private int carriedLength;
    private boolean midLine;
    private boolean inHead = true;
    private boolean chunked;
    private Chunk chunk = Chunk.SIZE;
    private int chunkSize;
    private boolean chunkSizeRead;
    private int chunkLeft;
    private boolean ended;
    private int status;
    private int lastVersion = -1;

    EventStream(int base, int versions) {
        this.base = base;
        this.arrivals = new long[versions];
    }

    /** A new connection: its response head comes first again. What has arrived is kept. */
    void reset() {
        inHead = true;
        chunked = false;
        chunk = Chunk.SIZE;
        chunkSize = 0;
        chunkSizeRead = false;
        ended = false;
        status = 0;
        midLine = false;
        carriedLength = 0;
    }

    /** The newest version read so far, -1 before the first. */
    int lastVersion() {
        return lastVersion;
    }

    /** When each version first arrived ({@link System#nanoTime}), 0 for never; index 0 is BASE. */
    long[] arrivals() {
        return arrivals;
    }

    /** Takes the bytes {@code [from, to)} of one read, which arrived at {@code now}. */
    Fed feed(byte[] bytes, int from, int to, long now) {
        int i = from;
        if (!inHead && chunked) {
            to = unchunk(bytes, from, to);
        }
        if (midLine) { // the line the last read cut: its first bytes are in carried
            int end = lineEnd(bytes, i, to);
            int take = Math.min(end - i, carried.length - carriedLength);
            System.arraycopy(bytes, i, carried, carriedLength, take);
            carriedLength += take;
            if (end == to) {
                return ended ? Fed.ENDED : Fed.READING;
            }
            midLine = false;
            boolean head = inHead;
            Fed fed = line(carried, 0, carriedLength, now);
            if (fed != Fed.READING) {
                return fed;
            }
            i = end + 1;
            if (head && !inHead && chunked) {
                to = unchunk(bytes, i, to);
            }
        }
        while (i < to) {
            int end = lineEnd(bytes, i, to);
            if (end == to) {
                carriedLength = Math.min(end - i, carried.length);
                System.arraycopy(bytes, i, carried, 0, carriedLength);
                midLine = true;
                return ended ? Fed.ENDED : Fed.READING;
            }
            boolean head = inHead;
            Fed fed = line(bytes, i, end, now);
            if (fed != Fed.READING) {
                return fed;
            }
            i = end + 1;
            if (head && !inHead && chunked) { // the body starts in this read
                to = unchunk(bytes, i, to);
            }
        }
        return ended ? Fed.ENDED : Fed.READING;
    }

    /**
     * Takes the chunk framing out of the body bytes {@code [from, to)}, moving the chunks' data down over it in the
     * same array (the data only ever moves towards {@code from}), and returns where the data now ends.
     */
    private int unchunk(byte[] b, int from, int to) {
        int out = from;
        int i = from;
        while (i < to) {
            switch (chunk) {
                case SIZE -> {
                    byte c = b[i++];
                    if (c == '\n') {
                        chunkLeft = chunkSize;
                        chunk = chunkSize == 0 ? Chunk.LAST : Chunk.DATA;
                        ended = chunkSize == 0;
                        chunkSize = 0;
                        chunkSizeRead = false;
                    } else if (!chunkSizeRead) {
                        int digit = Character.digit(c, 16);
                        if (digit < 0) {
                            chunkSizeRead = true; // ";extension" or the '\r' ends the size
                        } else {
                            chunkSize = chunkSize * 16 + digit;
                        }
                    }
                }
                case DATA -> {
                    int n = Math.min(chunkLeft, to - i);
                    System.arraycopy(b, i, b, out, n);
                    out += n;
                    i += n;
                    chunkLeft -= n;
                    if (chunkLeft == 0) {
                        chunk = Chunk.DATA_END;
                    }
                }
                case DATA_END -> {
                    if (b[i++] == '\n') {
                        chunk = Chunk.SIZE;
                    }
                }
                case LAST -> i = to; // the body is over: trailers, if any, are not events
            }
        }
        return out;
    }

    private static int lineEnd(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    /** One whole line {@code [start, end)} without its {@code \n} (possibly only its first bytes, if carried). */
    private Fed line(byte[] b, int start, int end, long now) {
        int length = end - start;
        if (inHead) {
            return headLine(b, start, length);
        }
        if (length > 3 && b[start] == 'i' && b[start + 1] == 'd' && b[start + 2] == ':') {
            int version = 0;
            for (int i = start + 3; i < end; i++) {
                byte c = b[i];
                if (c >= '0' && c <= '9') {
                    version = version * 10 + (c - '0');
                }
            }
            lastVersion = Math.max(lastVersion, version);
            int index = version - base;
            if (index >= 0 && index < arrivals.length && arrivals[index] == 0) {
                arrivals[index] = now;
            }
        }
        return Fed.READING;
    }

    private Fed headLine(byte[] b, int start, int length) {
        if (length == 0 || (length == 1 && b[start] == '\r')) {
            inHead = false;
            if (status != 200) {
                return Fed.REFUSED;
            }
            return Fed.READING;
        }
        if (status == 0 && startsWith(b, start, length, HTTP, false) && length >= HTTP.length + 3) {
            int code = 0;
            for (int i = start + HTTP.length; i < start + HTTP.length + 3; i++) {
                code = code * 10 + (b[i] - '0');
            }
            status = code;
        } else if (startsWith(b, start, length, CHUNKED_HEADER, true)) {
            chunked = true;
        }
        return Fed.READING;
    }

    private static boolean startsWith(byte[] b, int start, int length, byte[] prefix, boolean ignoreCase) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            byte c = b[start + i];
            if (ignoreCase && c >= 'A' && c <= 'Z') {
                c = (byte) (c + ('a' - 'A'));
            }
            if (c != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
