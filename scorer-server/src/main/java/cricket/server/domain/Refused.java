package cricket.server.domain;

/** The signed-in user may not do this (a role or an assignment they do not have, a wrong password). */
public final class Refused extends DomainException {
    public Refused(String detail) {
        super(Kind.REFUSED, detail);
    }
}
