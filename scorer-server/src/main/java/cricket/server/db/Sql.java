package cricket.server.db;

import java.sql.SQLException;

/** Turns {@link SQLException} into unchecked exceptions once, so callers see conflicts, not SQL states. */
final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";

    private Sql() {}

    static RuntimeException translate(SQLException e) {
        String state = e.getSQLState();
        if (UNIQUE_VIOLATION.equals(state)) {
            return new DuplicateKeyException(constraint(e), e);
        }
        if (FOREIGN_KEY_VIOLATION.equals(state) || CHECK_VIOLATION.equals(state)) {
            return new ConstraintViolationException(constraint(e), e);
        }
        return new DataAccessException("database call failed: " + e.getMessage(), e);
    }

    private static String constraint(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            String name = p.getServerErrorMessage().getConstraint();
            return name == null ? "unknown" : name;
        }
        return "unknown";
    }
}
