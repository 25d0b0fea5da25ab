package cricket.server.domain;

/** The request clashes with what is stored: a taken name, a stale seq, a record still in use. */
public final class Conflict extends DomainException {
    public Conflict(String detail) {
        super(Kind.CONFLICT, detail);
    }
}
