package cricket.server.publicread;

/**
 * A ready-to-send JSON response body and the match version (seq) it shows; sent as is, never re-serialised.
 *
 * @param gzip the same body gzipped once, sent to readers that accept it, or null
 * @param br the same body in brotli, made once, sent to readers that accept it (preferred to gzip), or null
 * @param cache where the cache found it ({@code HIT}, {@code MISS}, {@code FALLBACK}) for the X-Cache header, or
 *     null when no cache was involved
 * @param wire where {@link HotReads} keeps this view's status, headers and bodies made ready for Jetty, made on the
 *     first hit of a view the cache hands out again and again (one per version), so a hit encodes nothing
 */
public record View(byte[] body, int version, byte[] gzip, byte[] br, String cache, Wire wire) {
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
    }

    public View(byte[] body, int version, byte[] gzip, byte[] br, String cache) {
        this(body, version, gzip, br, cache, new Wire());
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
}
