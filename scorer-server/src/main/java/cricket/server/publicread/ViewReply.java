package cricket.server.publicread;

import cricket.server.http.Cors;
import cricket.server.http.Encodings;
import java.util.ArrayList;
import java.util.List;

/**
 * How a read of a {@link View} is answered, whoever writes it ({@link HotReads} on Jetty, {@link PublicReadRoutes}
 * on Javalin): the status, the headers in the order they go out, and the body (none for a 304). The stored bytes
 * are sent as they are: the body or, to a reader that accepts it, the brotli or gzip copy made once per version
 * ({@link Encodings#choose}: the highest q-value, brotli over gzip when they weigh the same).
 */
record ViewReply(int status, List<Header> headers, byte[] body) {
    record Header(String name, String value) {}

    static ViewReply to(View view, ViewKind kind, String ifNoneMatch, String acceptEncoding) {
        String etag = etag(view, kind);
        List<Header> headers = new ArrayList<>(7);
        headers.add(new Header("Content-Type", kind.media().contentType()));
        // After the type, where Javalin's GET filter puts it too (its default type comes first), so the fast path
        // and Javalin send the same bytes.
        headers.add(new Header(Cors.ALLOW_ORIGIN, "*"));
        headers.add(new Header("ETag", etag));
        headers.add(new Header("Cache-Control", kind.cache().cacheControl()));
        if (view.cache() != null) {
            headers.add(new Header("X-Cache", view.cache()));
        }
        if (view.gzip() != null) {
            // On every reply of a view that has two encodings, so a shared cache never hands one reader's to another.
            headers.add(new Header("Vary", "Accept-Encoding"));
        }
        if (etag.equals(ifNoneMatch)) {
            return new ViewReply(304, headers, null);
        }
        return switch (Encodings.choose(acceptEncoding, view.br() != null, view.gzip() != null)) {
            case BR -> {
                headers.add(new Header("Content-Encoding", "br"));
                yield new ViewReply(200, headers, view.br());
            }
            case GZIP -> {
                headers.add(new Header("Content-Encoding", "gzip"));
                yield new ViewReply(200, headers, view.gzip());
            }
            case IDENTITY -> new ViewReply(200, headers, view.body());
        };
    }

    /**
     * {@code "<version>"}; for a view that prints the fixture's facts {@code "<version>-<crc32 of the body>"}, since an
     * edit of the facts moves no version: a reader holding the card from before the edit must not get a 304 for it.
     * The body is what the facts changed, and is at hand on every read, so a hit costs no query (and the same bytes
     * give the same tag on every instance); its CRC is worked out once per version ({@link View.BodyChecksum}).
     */
    static String etag(View view, ViewKind kind) {
        if (!kind.printsFacts()) {
            return "\"" + view.version() + "\"";
        }
        return "\"" + view.version() + "-" + view.checksum().hex() + "\"";
    }

    /** Whether an Accept-Encoding header names gzip (or {@code *}) without refusing it with {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        return Encodings.choose(acceptEncoding, false, true) == Encodings.Coding.GZIP;
    }
}
