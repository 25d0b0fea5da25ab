package cricket.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request whose shape is wrong (a missing parameter, a bad header, a body that does not bind), with the HTTP
 * status and a sentence a person can act on. Only {@code http/} and the routes throw it: services throw a
 * {@link cricket.server.domain.DomainException}, which knows no status. {@link Problems} renders both as
 * {@code application/problem+json}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ApiException badRequest(String field, String detail) {
        return new ApiException(400, "Invalid request", detail).with("field", field);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail);
    }

    public ApiException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
