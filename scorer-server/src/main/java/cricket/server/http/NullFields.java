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
        if (cause instanceof IllegalArgumentException) {
            return ApiException.badRequest(path, path + ": " + cause.getMessage());
        }
        List<String> missing = missing(e.getType().getRawClass(), node);
        if (missing.isEmpty()) {
            return ApiException.badRequest(
                    path, path + ": a required field is missing or null; see the API description for its fields");
        }
        String field = path.equals("body") ? missing.get(0) : path + "." + missing.get(0);
        return ApiException.badRequest(
                field, field + " must be given, got " + (present(node, missing.get(0)) ? "null" : "nothing"));
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
