package cricket.desktop.client;

/**
 * The server answered, but refused: the {@code detail} of its problem+json is kept, so a dialog can show a sentence a
 * person can act on.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final Integer currentSeq;

    public ApiException(int status, String message, Integer currentSeq) {
        super(message);
        this.status = status;
        this.currentSeq = currentSeq;
    }

    public int status() {
        return status;
    }

    /** The server's seq when it refused a stale {@code expectedSeq} (409), else {@code null}. */
    public Integer currentSeq() {
        return currentSeq;
    }

    /** Someone else has written to the match, or the engine refused the event. */
    public boolean conflict() {
        return status == 409 || status == 422;
    }

    public boolean unauthorized() {
        return status == 401 || status == 403;
    }
}
