package cricket.cricsheet;

/**
 * A Cricsheet file that cannot be read. The message names the file and, where it applies, the innings, the over
 * and the field: {@code 1082591.json: innings 2, over 14.3: runs.batter must be a whole number 0-8, got "x"}; the
 * same places are also given one by one, for a caller that shows them apart (a problem's details, a form).
 */
public class CricsheetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final Integer innings;
    private final String over;
    private final String field;

    /**
     * @param innings 1-based, or {@code null} outside the innings
     * @param over "14.3" (0-based over as in the file, 1-based delivery within it), or {@code null}
     * @param field the dotted path of the bad field ("runs.batter", "info.teams"), or {@code null}
     */
    public CricsheetFormatException(
            String message, Throwable cause, String file, Integer innings, String over, String field) {
        super(message, cause);
        this.file = file;
        this.innings = innings;
        this.over = over;
        this.field = field;
    }

    /** The file's name, or {@code null} when unknown. */
    public String file() {
        return file;
    }

    public Integer innings() {
        return innings;
    }

    public String over() {
        return over;
    }

    public String field() {
        return field;
    }
}
