package cricket.server.web;

import cricket.server.http.Encodings;
import java.nio.ByteBuffer;

/**
 * A file the pages serve, ready to send: its bytes, the same gzipped and in brotli (null where brotli is unavailable)
 * once at start, and an ETag of its content. The fast path writes each from a direct buffer filled once, so a large
 * asset goes to the socket without a copy per request (what nginx gets from sendfile).
 *
 * @param path where it is served ("/assets/match.3f2a1b9c0d.js", or a page's route)
 */
record WebFile(
        String path,
        String contentType,
        byte[] body,
        byte[] gzip,
        byte[] br,
        String etag,
        ByteBuffer direct,
        ByteBuffer directGzip,
        ByteBuffer directBr) {
    /** Brotli quality of the files: made once at start, and uPlot's 140 KB is most of a first page load. */
    static final int BROTLI_QUALITY = 9;

    WebFile {
        if (body == null || gzip == null) {
            throw new IllegalArgumentException("body and gzip must both be given for " + path);
        }
    }

    WebFile(String path, String contentType, byte[] body, byte[] gzip, String etag) {
        this(path, contentType, body, gzip, Encodings.brotli(body, BROTLI_QUALITY), etag);
    }

    private WebFile(String path, String contentType, byte[] body, byte[] gzip, byte[] br, String etag) {
        this(path, contentType, body, gzip, br, etag, direct(body), direct(gzip), br == null ? null : direct(br));
    }

    private static ByteBuffer direct(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
        buffer.put(bytes).flip();
        return buffer.asReadOnlyBuffer();
    }

    /** The bytes to send, as a buffer of their own for one reply (a view of the one filled at start). */
    ByteBuffer send(Encodings.Coding coding) {
        return switch (coding) {
            case BR -> directBr.duplicate();
            case GZIP -> directGzip.duplicate();
            case IDENTITY -> direct.duplicate();
        };
    }
}
