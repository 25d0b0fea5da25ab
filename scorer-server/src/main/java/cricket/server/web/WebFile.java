package cricket.server.web;

import java.nio.ByteBuffer;

/**
 * A file the pages serve, ready to send: its bytes, the same gzipped once at start, and an ETag of its content. The
 * fast path writes each from a direct buffer filled once, so a large asset goes to the socket without a copy per
 * request (what nginx gets from sendfile).
 *
 * @param path where it is served ("/assets/match.3f2a1b9c0d.js", or a page's route)
 */
record WebFile(
        String path,
        String contentType,
        byte[] body,
        byte[] gzip,
        String etag,
        ByteBuffer direct,
        ByteBuffer directGzip) {
    WebFile {
        if (body == null || gzip == null) {
            throw new IllegalArgumentException("body and gzip must both be given for " + path);
        }
    }

    WebFile(String path, String contentType, byte[] body, byte[] gzip, String etag) {
        this(path, contentType, body, gzip, etag, direct(body), direct(gzip));
    }

    private static ByteBuffer direct(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length);
        buffer.put(bytes).flip();
        return buffer.asReadOnlyBuffer();
    }

    /** The bytes to send, as a buffer of their own for one reply (a view of the one filled at start). */
    ByteBuffer send(boolean gzipped) {
        return (gzipped ? directGzip : direct).duplicate();
    }
}
