package cricket.server.publicread;

import cricket.server.http.Encodings;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * One version of one view as {@link HotReads} sends it, made once: for each answer {@link ViewReply} gives (the
 * body, its brotli, its gzip, 304) the headers in their order, already encoded as they go on the wire, the Content-Length, and
 * the body in a direct buffer, so a cache hit copies no body and formats no header. Every field comes from
 * {@link ViewReply}: the fast path and Javalin cannot drift apart.
 */
final class ViewWire {
    /** One answer: status, encoded headers (Content-Length last), and the body (empty for a 304). */
    record Answer(int status, HttpField[] headers, ByteBuffer body) {
        /** The body as a buffer of its own for one reply (a view of the one filled once). */
        ByteBuffer send() {
            return body.duplicate();
        }
    }

    private final ViewKind kind;
    private final String etag;
    private final Answer plain;
    private final Answer gzip;
    private final Answer br;
    private final Answer notModified;

    ViewWire(View view, ViewKind kind) {
        this.kind = kind;
        this.etag = ViewReply.etag(view, kind);
        this.plain = answer(ViewReply.to(view, kind, null, null));
        this.gzip = view.gzip() == null ? null : answer(ViewReply.to(view, kind, null, "gzip"));
        this.br = view.br() == null ? null : answer(ViewReply.to(view, kind, null, "br"));
        this.notModified = answer(ViewReply.to(view, kind, etag, null));
    }

    ViewKind kind() {
        return kind;
    }

    /** What {@link ViewReply#to} answers for these request headers, as ready bytes. */
    Answer to(String ifNoneMatch, String acceptEncoding) {
        if (etag.equals(ifNoneMatch)) {
            return notModified;
        }
        return switch (Encodings.choose(acceptEncoding, br != null, gzip != null)) {
            case BR -> br;
            case GZIP -> gzip;
            case IDENTITY -> plain;
        };
    }

    private static Answer answer(ViewReply reply) {
        List<ViewReply.Header> headers = reply.headers();
        HttpField[] fields = new HttpField[headers.size() + 1];
        for (int i = 0; i < headers.size(); i++) {
            ViewReply.Header h = headers.get(i);
            HttpHeader known = HttpHeader.CACHE.get(h.name());
            fields[i] = known != null
                    ? new PreEncodedHttpField(known, h.name(), h.value())
                    : new PreEncodedHttpField(h.name(), h.value());
        }
        byte[] body = reply.body() == null ? new byte[0] : reply.body();
        fields[headers.size()] = new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, body.length);
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length);
        direct.put(body).flip();
        return new Answer(reply.status(), fields, direct.asReadOnlyBuffer());
    }
}
