package cricket.server.domain;

/** The thing named (a match, a user, a tournament) does not exist. */
public final class NotFound extends DomainException {
    public NotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }
}
