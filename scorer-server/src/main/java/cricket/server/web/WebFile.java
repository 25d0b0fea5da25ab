package cricket.server.web;

/**
 * A file the pages serve, ready to send: its bytes, the same gzipped once at start, and an ETag of its content.
 *
 * @param path where it is served ("/assets/match.3f2a1b9c0d.js", or a page's route)
 */
record WebFile(String path, String contentType, byte[] body, byte[] gzip, String etag) {
    WebFile {
        if (body == null || gzip == null) {
            throw new IllegalArgumentException("body and gzip must both be given for " + path);
        }
    }
}
