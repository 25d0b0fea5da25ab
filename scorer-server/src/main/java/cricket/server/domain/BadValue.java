package cricket.server.domain;

/** A value given is not allowed; names the field so a form can point at it. */
public final class BadValue extends DomainException {
    public BadValue(String field, String detail) {
        super(Kind.BAD_VALUE, detail);
        with("field", field);
    }
}
