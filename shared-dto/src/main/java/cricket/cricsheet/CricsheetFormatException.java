package cricket.cricsheet;

/**
 * A Cricsheet file that cannot be read. The message names the file and, where it applies, the innings, the over
 * and the field: {@code 1082591.json: innings 2, over 14.3: runs.batter must be a whole number 0-8, got "x"}.
 */
public class CricsheetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CricsheetFormatException(String message) {
        super(message);
    }

    public CricsheetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
