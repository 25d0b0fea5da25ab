package cricket.server.publicread;

/** A ready-to-send JSON response body and the match version (seq) it shows; sent as is, never re-serialised. */
public record View(byte[] body, int version) {
    public View {
        if (body == null) {
            throw new IllegalArgumentException("body must be given");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more, got " + version);
        }
    }
}
