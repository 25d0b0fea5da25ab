package cricket.server.cache;

/**
 * One rendered public view as it is sent: the body, its gzip form, and the match version it shows.
 * {@code checkedAt} (System.nanoTime) says when it was last known current, for revalidation while Redis is away.
 */
record CachedView(int version, byte[] body, byte[] gzip, long checkedAt) {
    /** The gzip of a view that keeps none (a PDF): Redis holds it as an empty field, readers get the body. */
    static final byte[] NO_GZIP = new byte[0];

    CachedView {
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, got " + version);
        }
        if (body == null || gzip == null) {
            throw new IllegalArgumentException("body and gzip must both be given for version " + version);
        }
    }

    CachedView checkedNow() {
        return new CachedView(version, body, gzip, System.nanoTime());
    }
}
