package cricket.server.db;

/** A unique constraint refused a row; {@link #constraint()} names it so services can say which value clashed. */
public class DuplicateKeyException extends DataAccessException {
    private final String constraint;

    public DuplicateKeyException(String constraint, Throwable cause) {
        super("unique constraint " + constraint + " refused the row", cause);
        this.constraint = constraint;
    }

    public String constraint() {
        return constraint;
    }
}
