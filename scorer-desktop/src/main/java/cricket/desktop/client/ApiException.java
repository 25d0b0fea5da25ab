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

    /** The write built on a seq the match has moved past (someone else wrote to it): a 409 naming the server's seq. */
    public boolean staleSeq() {
        return status == 409 && currentSeq != null;
    }

    /** The session is not (or no longer) accepted: signing in again is the way on. */
    public boolean unauthorized() {
        return status == 401;
    }

    /** A failure worth retrying as it is: the server or a gateway failed, timed out or asked to slow down. */
    public boolean transientFailure() {
        return status >= 500 || status == 408 || status == 425 || status == 429;
    }
}
