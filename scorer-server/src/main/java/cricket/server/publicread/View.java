package cricket.server.publicread;

/**
 * A ready-to-send JSON response body and the match version (seq) it shows; sent as is, never re-serialised.
 *
 * @param gzip the same body gzipped once, sent to readers that accept it, or null
 * @param cache where the cache found it ({@code HIT}, {@code MISS}, {@code FALLBACK}) for the X-Cache header, or
 *     null when no cache was involved
 */
public record View(byte[] body, int version, byte[] gzip, String cache) {
    public View {
        if (body == null) {
            throw new IllegalArgumentException("body must be given");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, got " + version);
        }
    }

    public View(byte[] body, int version) {
        this(body, version, null, null);
    }
}
