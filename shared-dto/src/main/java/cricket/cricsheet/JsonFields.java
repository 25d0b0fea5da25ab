package cricket.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of Cricsheet fields that fail with the place and the field named: "1082591.json: innings 2, over
 * 14.3: runs.batter must be a whole number 0-8, got "x"". Field names are dotted paths ("runs.batter").
 */
final class JsonFields {
    private final String where;
    private final String file;
    private final Integer innings;
    private final String over;
    private final String section;

    JsonFields(String file) {
        this(file, file, null, null, null);
    }

    private JsonFields(String where, String file, Integer innings, String over, String section) {
        this.where = where;
        this.file = file;
        this.innings = innings;
        this.over = over;
        this.section = section;
    }

    /** Fields of a part of the document ("info", then "outcome" within it). */
    JsonFields at(String place) {
        return new JsonFields(
                where + ": " + place, file, innings, over, section == null ? place : section + "." + place);
    }

    /** Fields of the n-th innings (1-based). */
    JsonFields innings(int number) {
        return new JsonFields(where + ": innings " + number, file, number, over, section);
    }

    /** Fields of one delivery, labelled as the file numbers it ("14.3": over 14, third delivery). */
    JsonFields over(String label) {
        return new JsonFields(where + ", over " + label, file, innings, label, section);
    }

    /** The value at a dotted path; a {@code null} path is the node itself. */
    static JsonNode get(JsonNode node, String path) {
        if (path == null) {
            return node == null || node.isNull() ? null : node;
        }
        // Read for every field of every ball: walked by index, not split into a fresh array each time.
        JsonNode current = node;
        int from = 0;
        while (current != null) {
            int dot = path.indexOf('.', from);
            current = current.get(dot < 0 ? path.substring(from) : path.substring(from, dot));
            if (dot < 0) {
                break;
            }
            from = dot + 1;
        }
        return current == null || current.isNull() ? null : current;
    }

    String text(JsonNode node, String path) {
        JsonNode value = get(node, path);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw error(path, "must be a non-blank string", value);
        }
        return value.asText().strip();
    }

    String optionalText(JsonNode node, String path) {
        JsonNode value = get(node, path);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            throw error(path, "must be a string", value);
        }
        return value.asText().isBlank() ? null : value.asText().strip();
    }

    int whole(JsonNode node, String path, int min, int max) {
        JsonNode value = get(node, path);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw error(path, "must be a whole number " + min + "-" + max, value);
        }
        int number = value.intValue();
        if (number < min || number > max) {
            throw error(path, "must be a whole number " + min + "-" + max, value);
        }
        return number;
    }

    int optionalWhole(JsonNode node, String path, int min, int max, int absent) {
        return get(node, path) == null ? absent : whole(node, path, min, max);
    }

    Integer optionalWhole(JsonNode node, String path, int min, int max) {
        return get(node, path) == null ? null : whole(node, path, min, max);
    }

    boolean flag(JsonNode node, String path) {
        JsonNode value = get(node, path);
        if (value != null && !value.isBoolean()) {
            throw error(path, "must be true or false", value);
        }
        return value != null && value.booleanValue();
    }

    /** An array field; absent is an empty list. */
    List<JsonNode> array(JsonNode node, String path) {
        JsonNode value = get(node, path);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(path, "must be an array", value);
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    List<String> texts(JsonNode node, String path) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : array(node, path)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(path, "must hold non-blank strings", item);
            }
            names.add(item.asText().strip());
        }
        return names;
    }

    CricsheetFormatException error(String path, String rule, JsonNode got) {
        String field = path == null ? "" : " " + path;
        return failure(where + ":" + field + " " + rule + ", got " + describe(got), path);
    }

    CricsheetFormatException error(String path, String sentence) {
        return failure(where + ": " + path + " " + sentence, path);
    }

    /** A value the engine's records refuse (a bound, a text rule): their sentence names the field. */
    CricsheetFormatException invalid(IllegalArgumentException e) {
        return new CricsheetFormatException(where + ": " + e.getMessage(), e, file, innings, over, section);
    }

    private CricsheetFormatException failure(String message, String path) {
        String field = section == null ? path : path == null ? section : section + "." + path;
        return new CricsheetFormatException(message, null, file, innings, over, field);
    }

    private static String describe(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        return value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    }
}
