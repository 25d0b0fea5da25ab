package cricket.server.http;

import cricket.scoring.ScoringException;
import cricket.server.db.ConstraintViolationException;
import cricket.server.db.DataAccessException;
import cricket.server.db.DuplicateKeyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become {@code application/problem+json} (RFC 9457): 400 bad input, 401/403 auth, 404,
 * 409 conflicts and engine refusals, 503 when PostgreSQL is down, and a generic 500 logged once with its stack.
 */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final Json json;

    public Problems(Json json) {
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.exception(
                ApiException.class, (e, ctx) -> write(ctx, e.status(), e.title(), e.getMessage(), e.extensions()));
        routes.exception(
                ScoringException.class, (e, ctx) -> write(ctx, 409, "Illegal event", e.getMessage(), Map.of()));
        routes.exception(
                IllegalArgumentException.class,
                (e, ctx) -> write(ctx, 400, "Invalid request", e.getMessage(), Map.of()));
        routes.exception(DuplicateKeyException.class, (e, ctx) -> write(ctx, 409, "Conflict", duplicate(e), Map.of()));
        routes.exception(
                ConstraintViolationException.class, (e, ctx) -> write(ctx, 409, "Conflict", inUse(e), Map.of()));
        routes.exception(DataAccessException.class, (e, ctx) -> {
            log.warn("database unavailable path={} error={}", ctx.path(), e.getMessage());
            write(ctx, 503, "Service unavailable", "the database is not answering; try again shortly", Map.of());
        });
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), title(e.getStatus()), e.getMessage(), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("unhandled error method={} path={}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "Internal server error", "the server failed; the error is logged", Map.of());
        });
        routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            // A problem already written, or the fans' pages' own 404 page (for people, not a problem document).
            if (!CONTENT_TYPE.equals(type) && (type == null || !type.startsWith("text/html"))) {
                write(ctx, 404, "Not found", "no route " + ctx.method() + " " + ctx.path(), Map.of());
            }
        });
        routes.error(
                405,
                ctx -> write(
                        ctx, 405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), Map.of()));
    }

    public void write(Context ctx, int status, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        body.putAll(extensions);
        ctx.status(status).contentType(CONTENT_TYPE).result(json.write(body));
    }

    private static String duplicate(DuplicateKeyException e) {
        return "a record with the same unique value already exists (" + e.constraint() + ")";
    }

    private static String inUse(ConstraintViolationException e) {
        return "the change would break a reference between records (" + e.constraint()
                + "); remove the dependants first";
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 413 -> "Payload too large";
            default -> "HTTP " + status;
        };
    }
}
