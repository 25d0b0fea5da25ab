package cricket.server.db;

/** PostgreSQL failed or could not be reached; the caller cannot fix it by changing the request. */
public class DataAccessException extends RuntimeException {
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
