package cricket.server.domain;

/** The caller tried too often (login attempts); they may try again after {@code retryAfterSeconds}. */
public final class Throttled extends DomainException {
    public Throttled(String detail, long retryAfterSeconds) {
        super(Kind.THROTTLED, detail);
        with("retryAfterSeconds", retryAfterSeconds);
    }
}
