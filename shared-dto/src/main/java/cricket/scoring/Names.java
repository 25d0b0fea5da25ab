package cricket.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for every string, list and count the event records carry. Text reaches the database, the public views
 * and other people's screens, so it has a length limit and no control characters (a NUL cannot be stored in
 * PostgreSQL text; a newline or an escape breaks a scorecard line). The limits are public so that the server holds
 * the names an admin stores (players, teams) to the same length the events that name them are held to.
 */
public final class Names {
    /** Players, teams, officials' methods: longer than any real name. */
    public static final int NAME = 100;
    /** A reason given for a change or penalty, a result's text. */
    public static final int REASON = 300;
    /** The scorer's own words for a ball. */
    public static final int COMMENTARY = 500;

    private Names() {}

    /** A required name: non-blank, at most {@link #NAME} characters, stripped. */
    static String require(String value, String field) {
        return requireText(value, field, NAME);
    }

    /** A required text of at most {@code max} characters, stripped. */
    static String requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be non-blank and at most " + rule(max) + ", got "
                    + (value == null ? "nothing" : "\"\""));
        }
        return check(value.strip(), field, max);
    }

    /** An optional name: {@code null} when absent or blank, else as {@link #require}. */
    static String optional(String value, String field) {
        return optionalText(value, field, NAME);
    }

    static String optionalText(String value, String field, int max) {
        return value == null || value.isBlank() ? null : check(value.strip(), field, max);
    }

    private static String check(String text, String field, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new IllegalArgumentException(field + " must be at most " + rule(max) + ", got " + length);
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean loneSurrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
            if (Character.isISOControl(c) || loneSurrogate || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(field + " must be at most " + rule(max) + ", got "
                        + String.format("U+%04X", c) + " at character " + (text.codePointCount(0, i) + 1));
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static String rule(int max) {
        return max + " characters without control characters";
    }

    /** A list that may be absent (then empty) but holds no missing item; copied. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        return requireList(values, field);
    }

    /** A list that must be given and holds no missing item; copied. */
    static <T> List<T> requireList(List<T> values, String field) {
        if (values == null) {
            throw new IllegalArgumentException(field + " must be given, got nothing");
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (value == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must be given, got nothing");
            }
            copy.add(value);
        }
        return List.copyOf(copy);
    }

    /** A required field other than text. */
    static <T> T given(T value, String field, String allowed) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must be " + allowed + ", got nothing");
        }
        return value;
    }

    static int within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + "-" + max + ", got " + value);
        }
        return value;
    }

    /** Law 41: penalty runs come in awards of 5. */
    static int penalty(int value, int min, int max, String field) {
        if (value < min || value > max || value % 5 != 0) {
            throw new IllegalArgumentException(
                    field + " must be " + min + "-" + max + " in units of 5 (Law 41), got " + value);
        }
        return value;
    }
}
