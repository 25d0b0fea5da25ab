package cricket.server.domain;

/** The request needs a login and has none, or one that is unknown, expired or revoked. */
public final class Unauthenticated extends DomainException {
    public Unauthenticated(String detail) {
        super(Kind.UNAUTHENTICATED, detail);
    }
}
