package cricket.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a record constructor's refusal during binding into a 400 that names the field. A constructor that throws
 * {@link IllegalArgumentException} has already said what is wrong (a sentence naming the value); one that fails
 * otherwise (a {@code List.copyOf(null)}) was handed a null where it needs a value, so the field named is the one
 * the body left out or sent as null. The constructor's own words are passed on only for the first kind: an
 * internal sentence such as a NullPointerException's never reaches the client.
 */
final class NullFields {
    private NullFields() {}

    static ApiException problem(ValueInstantiationException e, String path, JsonNode node) {
        Throwable cause = e.getCause();
        Class<?> type = e.getType().getRawClass();
        List<String> missing = missing(type, node);
        if (cause instanceof IllegalArgumentException) {
            // The engine's sentences start with the field they refuse ("teams must be given", "runs must be 0-8").
            String named = componentNamed(type, cause.getMessage());
            if (named != null && missing.contains(named)) {
                return absent(path, named, node);
            }
            String field = named == null ? path : under(path, named);
            return ApiException.badRequest(field, path + ": " + cause.getMessage());
        }
        if (missing.isEmpty()) {
            return ApiException.badRequest(
                    path, path + ": a required field is missing or null; see the API description for its fields");
        }
        return absent(path, missing.get(0), node);
    }

    private static ApiException absent(String path, String component, JsonNode node) {
        String field = under(path, component);
        return ApiException.badRequest(
                field, field + " must be given, got " + (present(node, component) ? "null" : "nothing"));
    }

    private static String under(String path, String component) {
        return path.equals("body") ? component : path + "." + component;
    }

    /** The record component whose name begins {@code message}, or null. */
    private static String componentNamed(Class<?> type, String message) {
        if (!type.isRecord() || message == null) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            if (message.startsWith(name)
                    && (message.length() == name.length()
                            || !Character.isJavaIdentifierPart(message.charAt(name.length())))) {
                return name;
            }
        }
        return null;
    }

    /**
     * The record's list and object components the body left out or sent as null: those are what a compact
     * constructor dereferences (an absent optional name is stripped to null, never dereferenced, so naming one would
     * mislead).
     */
    private static List<String> missing(Class<?> type, JsonNode node) {
        List<String> structured = new ArrayList<>();
        if (!type.isRecord()) {
            return structured;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isPrimitive() || (node != null && node.hasNonNull(c.getName()))) {
                continue;
            }
            if (Collection.class.isAssignableFrom(t)
                    || Map.class.isAssignableFrom(t)
                    || t.isRecord()
                    || t.isInterface()) {
                structured.add(c.getName());
            }
        }
        return structured;
    }

    private static boolean present(JsonNode node, String name) {
        return node != null && node.has(name);
    }
}
