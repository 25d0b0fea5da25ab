package cricket.server.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The one rule for the strings the server stores from a request or an imported file (names of tournaments, teams,
 * players and venues, seasons, a file's name): at most {@link #MAX_NAME} characters and no control characters (a
 * NUL above all, which PostgreSQL text cannot hold, so it came back as a 503 instead of a 400). A refusal is a
 * {@link BadValue} naming the field and what is allowed (a 400 once {@code http/Problems} maps it), and shows the bad
 * value cut short so a huge body is not echoed back. Here, beside the domain's errors, so services use it too.
 */
public final class Text {
    /** The longest name stored, as the engine's event records allow for the names they carry. */
    public static final int MAX_NAME = cricket.scoring.Names.NAME;

    /** The longest free text (a ball's commentary, a reason, a result's words) and any other string in a body. */
    public static final int MAX_TEXT = 2000;

    private Text() {}

    /**
     * Every string in a JSON body, names of fields included, holds to {@link #MAX_TEXT} printable characters; a
     * refusal names where it sits ({@code path.innings[0].overs[3].deliveries[1].batter}). Checked on the tree before
     * it is bound, so no bad string reaches a record, the event log's jsonb or a table.
     */
    public static void tree(JsonNode node, String path) {
        if (node.isTextual()) {
            bounded(node.textValue(), path, MAX_TEXT);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tree(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path + "." + field.getKey();
                bounded(field.getKey(), at, MAX_NAME);
                tree(field.getValue(), at);
            }
        }
    }

    /** A required name: stripped, 1-{@value #MAX_NAME} printable characters. */
    public static String name(String value, String field) {
        String checked = value == null ? "" : value.strip();
        if (checked.isEmpty() || checked.length() > MAX_NAME || hasControl(checked)) {
            throw new BadValue(field, field + " must be 1-" + MAX_NAME + " printable characters, got " + shown(value));
        }
        return checked;
    }

    /** An optional name: null when absent or blank, else as {@link #name}. */
    public static String optionalName(String value, String field) {
        return value == null || value.isBlank() ? null : name(value, field);
    }

    /** An optional string kept as given: null is allowed; otherwise at most {@code max} printable characters. */
    public static String bounded(String value, String field, int max) {
        if (value != null && (value.length() > max || hasControl(value))) {
            throw new BadValue(field, field + " must be at most " + max + " printable characters, got " + shown(value));
        }
        return value;
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /** The bad value as a message shows it: quoted, control characters escaped, cut to 40 characters. */
    public static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        StringBuilder out = new StringBuilder("\"");
        cut.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
        return out.append("\" (").append(value.length()).append(" characters)").toString();
    }
}
