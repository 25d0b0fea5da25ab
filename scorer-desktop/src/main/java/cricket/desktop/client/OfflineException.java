package cricket.desktop.client;

import java.io.IOException;

/** The server could not be reached (no network, server down, timeout): the caller should keep working and retry. */
public class OfflineException extends RuntimeException {
    public OfflineException(String url, IOException cause) {
        super("cannot reach the server at " + url + ": " + cause.getMessage(), cause);
    }
}
