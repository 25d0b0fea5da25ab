package cricket.server.cache;

import cricket.server.http.Encodings;
import cricket.server.publicread.View;

/**
 * One rendered public view as it is sent: the body, its gzip form, its brotli form (made here from the body, so
 * Redis keeps only the gzip; null for a view kept uncompressed or where brotli is unavailable), and the match version
 * it shows.
 * {@code checkedAt} (System.nanoTime) says when it was last known current, for revalidation while Redis is away.
 * {@code hits} holds the one {@link View} every near-cache hit of these bytes is answered with, so whatever a reader
 * of it makes once (the fast path's encoded reply) is made once per version, not per read.
 */
record CachedView(int version, byte[] body, byte[] gzip, byte[] br, long checkedAt, Hits hits) {
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

    /** Brotli quality of the views: about gzip's speed, smaller; the JSON of a ball's views is a few KB. */
    static final int BROTLI_QUALITY = 5;

    CachedView(int version, byte[] body, byte[] gzip, long checkedAt) {
        this(
                version,
                body,
                gzip,
                gzip.length == 0 ? null : Encodings.brotli(body, BROTLI_QUALITY),
                checkedAt,
                new Hits());
    }

    /** The same bytes, known current now: hits keep their one View. */
    CachedView checkedNow() {
        return new CachedView(version, body, gzip, br, System.nanoTime(), hits);
    }

    /** The View a cache hit of these bytes answers with: made on the first hit, the same one after. */
    View hit() {
        return hits.of(this);
    }

    static final class Hits {
        private volatile View view;

        private View of(CachedView cached) {
            View made = view;
            if (made == null) {
                made = new View(
                        cached.body(),
                        cached.version(),
                        cached.gzip().length == 0 ? null : cached.gzip(),
                        cached.br(),
                        "HIT");
                view = made;
            }
            return made;
        }
    }
}
