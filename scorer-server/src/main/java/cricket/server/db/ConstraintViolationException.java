package cricket.server.db;

/** A foreign key or check constraint refused a change, e.g. deleting a team a fixture still names. */
public class ConstraintViolationException extends DataAccessException {
    private final String constraint;

    public ConstraintViolationException(String constraint, Throwable cause) {
        super("constraint " + constraint + " refused the change", cause);
        this.constraint = constraint;
    }

    public String constraint() {
        return constraint;
    }
}
