package cricket.server.publicread;

import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * A ready-to-send JSON response body and the match version (seq) it shows; sent as is, never re-serialised.
 *
 * @param gzip the same body gzipped once, sent to readers that accept it, or null
 * @param br the same body in brotli, made once, sent to readers that accept it (preferred to gzip), or null
 * @param cache where the cache found it ({@code HIT}, {@code MISS}, {@code FALLBACK}) for the X-Cache header, or
 *     null when no cache was involved
 * @param wire where {@link HotReads} keeps this view's status, headers and bodies made ready for Jetty, made on the
 *     first hit of a view the cache hands out again and again (one per version), so a hit encodes nothing
 * @param checksum the body's CRC-32, which a facts view's ETag names ({@link ViewReply#etag}): worked out on first use
 *     and kept, and shared by every View the cache makes of the same stored bytes (hit, miss or fallback)
 */
public record View(byte[] body, int version, byte[] gzip, byte[] br, String cache, Wire wire, BodyChecksum checksum) {
    public View {
        if (body == null) {
            throw new IllegalArgumentException("body must be given");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, got " + version);
        }
        if (wire == null) {
            throw new IllegalArgumentException("wire must be given");
        }
        if (checksum == null || checksum.body != body) {
            throw new IllegalArgumentException("checksum must be given, of this view's body (version " + version + ")");
        }
    }

    /** A view of bytes held elsewhere, answered with their one checksum however many Views are made of them. */
    public View(byte[] body, int version, byte[] gzip, byte[] br, String cache, BodyChecksum checksum) {
        this(body, version, gzip, br, cache, new Wire(), checksum);
    }

    public View(byte[] body, int version, byte[] gzip, byte[] br, String cache) {
        this(body, version, gzip, br, cache, new BodyChecksum(body));
    }

    public View(byte[] body, int version, byte[] gzip, String cache) {
        this(body, version, gzip, null, cache);
    }

    public View(byte[] body, int version) {
        this(body, version, null, null);
    }

    /** A slot for the view's replies as {@link HotReads} sends them, filled once. */
    public static final class Wire {
        private volatile ViewWire replies;

        ViewWire replies(View view, ViewKind kind) {
            ViewWire made = replies;
            if (made == null || made.kind() != kind) {
                made = new ViewWire(view, kind);
                replies = made;
            }
            return made;
        }
    }

    /**
     * The CRC-32 of one body, worked out on the first read that asks and kept: a facts view's ETag names it, and
     * its bytes do not change within a version, so whoever holds those bytes holds one of these beside them.
     */
    public static final class BodyChecksum {
        private final byte[] body;
        private volatile String hex;

        public BodyChecksum(byte[] body) {
            this.body = body;
        }

        /** Eight lower-case hex digits. */
        String hex() {
            String made = hex;
            if (made == null) {
                CRC32 crc = new CRC32();
                crc.update(body);
                made = HexFormat.of().toHexDigits((int) crc.getValue());
                hex = made;
            }
            return made;
        }
    }
}
