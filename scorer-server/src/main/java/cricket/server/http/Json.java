package cricket.server.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.stream.Collectors;

/** One configured Jackson mapper, and reading of request bodies that turns every binding failure into a 400. */
public final class Json {
    private final ObjectMapper mapper;

    public Json() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A number where a name belongs (or "12" where an id belongs) is a client bug: refuse it, don't store "5".
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "could not write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("body", "the request body must be a JSON object, got an empty body");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (ValueInstantiationException e) {
            throw asProblem(e, "", tree(body)); // parsed again only on this failure path, to find the null field
        } catch (IOException e) {
            throw asProblem(e, "", null);
        }
        if (value == null) {
            throw ApiException.badRequest("body", "the request body must be a JSON object, got null");
        }
        return value;
    }

    /** Binds a part of a request already parsed as a tree; errors name the field under {@code prefix}. */
    public <T> T convert(JsonNode node, Class<T> type, String prefix) {
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException e) {
            throw asProblem(e, prefix, node);
        }
    }

    private JsonNode tree(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Names the field and what is allowed, from whatever Jackson reports; never leaks a stack trace. {@code root} is
     * the body as a tree (null when unknown), read to name the field a record's constructor could not do without.
     */
    static ApiException asProblem(IOException e, String prefix, JsonNode root) {
        if (e instanceof ValueInstantiationException v) {
            return NullFields.problem(v, path(v, prefix), root == null ? null : root.at(pointer(v)));
        }
        if (e instanceof InvalidTypeIdException t) {
            return ApiException.badRequest(
                    path(t, prefix) + ".type",
                    path(t, prefix) + ".type: unknown type \"" + t.getTypeId()
                            + "\"; allowed: the MatchEvent type names");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiException.badRequest(
                    path(u, prefix),
                    path(u, prefix) + ": unknown field; allowed: "
                            + u.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException f) {
            return ApiException.badRequest(
                    path(f, prefix),
                    path(f, prefix) + ": \"" + f.getValue() + "\" is not a valid "
                            + f.getTargetType().getSimpleName());
        }
        if (e instanceof MismatchedInputException m) {
            String type =
                    m.getTargetType() == null ? "value" : m.getTargetType().getSimpleName();
            return ApiException.badRequest(path(m, prefix), path(m, prefix) + ": expected a " + type + " here");
        }
        if (e instanceof JsonProcessingException p) {
            return ApiException.badRequest("body", "the body is not valid JSON: " + p.getOriginalMessage());
        }
        return ApiException.badRequest("body", "the body could not be read");
    }

    /** Where the failing object sits in the body, as a JSON pointer from the root. */
    private static JsonPointer pointer(com.fasterxml.jackson.databind.JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (var r : e.getPath()) {
            pointer = r.getFieldName() != null
                    ? pointer.appendProperty(r.getFieldName())
                    : pointer.appendIndex(r.getIndex());
        }
        return pointer;
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e, String prefix) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (prefix.isEmpty()) {
            return path.isEmpty() ? "body" : path;
        }
        return path.isEmpty() ? prefix : prefix + "." + path;
    }
}
