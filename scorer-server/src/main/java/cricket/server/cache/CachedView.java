package cricket.server.cache;

import cricket.server.http.Encodings;
import cricket.server.publicread.View;

/**
 * One rendered public view as it is sent: the body, its gzip form, and the match version it shows.
 * {@code checkedAt} (System.nanoTime) says when it was last known current, for revalidation while Redis is away.
 * {@code once} holds what is made once of these bytes, however many reads they answer: the one {@link View} every
 * near-cache hit is answered with, with the brotli copy of the body (made by the cache's worker after a render here,
 * so no render, the scorer's included, waits for a brotli; else by the first hit of a view fetched from Redis, which
 * keeps only the gzip), and the body's checksum, which a facts view's ETag names, shared by that View and by every
 * miss or fallback answered with these bytes. Whatever a reader of them makes once (the fast path's encoded reply) is
 * made once per version, not per read.
 */
record CachedView(int version, byte[] body, byte[] gzip, long checkedAt, MadeOnce once) {
    /** The gzip of a view that keeps none (a PDF): Redis holds it as an empty field, readers get the body. */
    static final byte[] NO_GZIP = new byte[0];

    /** Brotli quality of the views: about gzip's speed, smaller; the JSON of a ball's views is a few KB. */
    static final int BROTLI_QUALITY = 5;

    CachedView {
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, got " + version);
        }
        if (body == null || gzip == null) {
            throw new IllegalArgumentException("body and gzip must both be given for version " + version);
        }
    }

    CachedView(int version, byte[] body, byte[] gzip, long checkedAt) {
        this(version, body, gzip, checkedAt, new MadeOnce(body));
    }

    /** The same bytes, known current now: what was made of them is kept. */
    CachedView checkedNow() {
        return new CachedView(version, body, gzip, System.nanoTime(), once);
    }

    /** The View a cache hit of these bytes answers with: made on the first hit, the same one after. */
    View hit() {
        return once.hit(this);
    }

    /** A View of these bytes for a read that is no hit ({@code MISS}, {@code FALLBACK}), with their one checksum. */
    View answer(String cache) {
        return new View(body, version, gzip.length == 0 ? null : gzip, br(), cache, once.checksum);
    }

    /** The brotli copy once a hit has made it, else null (a miss or fallback answers with gzip or the body). */
    byte[] br() {
        View made = once.view;
        return made == null ? null : made.br();
    }

    static final class MadeOnce {
        private final View.BodyChecksum checksum;
        private volatile View view;

        private MadeOnce(byte[] body) {
            this.checksum = new View.BodyChecksum(body);
        }

        private View hit(CachedView cached) {
            View made = view;
            if (made == null) {
                boolean compressed = cached.gzip().length > 0;
                made = new View(
                        cached.body(),
                        cached.version(),
                        compressed ? cached.gzip() : null,
                        compressed ? Encodings.brotli(cached.body(), BROTLI_QUALITY) : null,
                        "HIT",
                        checksum);
                view = made;
            }
            return made;
        }
    }
}
