package cricket.server.publicread;

import cricket.server.http.Cors;
import java.util.ArrayList;
import java.util.List;

/**
 * How a read of a {@link View} is answered, whoever writes it ({@link HotReads} on Jetty, {@link PublicReadRoutes}
 * on Javalin): the status, the headers in the order they go out, and the body (none for a 304). The stored bytes
 * are sent as they are: the body or, to a reader that accepts it, the gzip made once when the view was rendered.
 */
record ViewReply(int status, List<Header> headers, byte[] body) {
    record Header(String name, String value) {}

    static ViewReply to(View view, ViewKind kind, String ifNoneMatch, String acceptEncoding) {
        String etag = "\"" + view.version() + "\"";
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
        if (view.gzip() != null && acceptsGzip(acceptEncoding)) {
            headers.add(new Header("Content-Encoding", "gzip"));
            return new ViewReply(200, headers, view.gzip());
        }
        return new ViewReply(200, headers, view.body());
    }

    /** Whether an Accept-Encoding header names gzip (or {@code *}) without refusing it with {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            String name = coding[0].trim();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return !refused(coding);
            }
        }
        return false;
    }

    private static boolean refused(String[] coding) {
        for (int i = 1; i < coding.length; i++) {
            String p = coding[i].trim().replace(" ", "");
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
