package cricket.server.domain;

/** The server is too busy for this request now, through no fault of the caller; it may retry shortly. */
public final class Busy extends DomainException {
    public Busy(String detail) {
        super(Kind.BUSY, detail);
    }
}
