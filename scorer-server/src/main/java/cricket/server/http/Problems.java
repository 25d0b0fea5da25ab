package cricket.server.http;

import cricket.scoring.ScoringException;
import cricket.server.db.ConstraintViolationException;
import cricket.server.db.DataAccessException;
import cricket.server.db.DuplicateKeyException;
import cricket.server.domain.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become {@code application/problem+json} (RFC 9457): 400 bad input, 401/403 auth, 404,
 * 409 conflicts and engine refusals, 503 when PostgreSQL is down, and a generic 500 logged once with its stack.
 * Services refuse with a {@link DomainException}, mapped here once to its status; a route refuses a request's
 * shape with an {@link ApiException} (or {@link Json} does while binding);
 * a stray {@link IllegalArgumentException} is an invariant of ours that failed, so it is a 500 like any other bug,
 * never a 400 carrying an internal sentence.
 */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final Json json;

    public Problems(Json json) {
        this.json = json;
    }

    /** A problem as it is sent: the status, and the RFC 9457 members after {@code type}. */
    public record Problem(int status, String title, String detail, Map<String, Object> extensions) {}

    public void register(RoutesConfig routes) {
        // Javalin answers an HttpResponseException itself unless a handler names that class, so both are named.
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> write(ctx, problem(e, ctx.method().name(), ctx.path())));
        routes.exception(
                Exception.class, (e, ctx) -> write(ctx, problem(e, ctx.method().name(), ctx.path())));
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

    /**
     * The one mapping of exceptions to problems, for Javalin's routes and for the cached views' fast path alike;
     * the ones no client caused are logged here, once.
     */
    public Problem problem(Exception e, String method, String path) {
        if (e instanceof ApiException a) {
            return new Problem(a.status(), a.title(), a.getMessage(), a.extensions());
        }
        if (e instanceof DomainException d) {
            return domain(d);
        }
        if (e instanceof ScoringException) {
            return new Problem(409, "Illegal event", e.getMessage(), Map.of());
        }
        if (e instanceof DuplicateKeyException d) {
            return new Problem(409, "Conflict", duplicate(d), Map.of());
        }
        if (e instanceof ConstraintViolationException c) {
            return new Problem(409, "Conflict", inUse(c), Map.of());
        }
        if (e instanceof DataAccessException) {
            log.warn("database unavailable path={} error={}", path, e.getMessage());
            return new Problem(
                    503, "Service unavailable", "the database is not answering; try again shortly", Map.of());
        }
        if (e instanceof HttpResponseException h) {
            return new Problem(h.getStatus(), title(h.getStatus()), h.getMessage(), Map.of());
        }
        log.error("unhandled error method={} path={}", method, path, e);
        return new Problem(500, "Internal server error", "the server failed; the error is logged", Map.of());
    }

    /** Each domain refusal's one status and title; the services that throw them know neither. */
    private static Problem domain(DomainException e) {
        int status = switch (e.kind()) {
            case BAD_VALUE -> 400;
            case UNAUTHENTICATED -> 401;
            case REFUSED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case THROTTLED -> 429;
            case BUSY -> 503;
        };
        return new Problem(status, title(status), e.getMessage(), e.extensions());
    }

    private void write(Context ctx, Problem p) {
        write(ctx, p.status(), p.title(), p.detail(), p.extensions());
    }

    public void write(Context ctx, int status, String title, String detail, Map<String, Object> extensions) {
        ctx.status(status)
                .contentType(CONTENT_TYPE)
                .result(body(new Problem(status, title, detail, extensions), ctx.path()));
    }

    /** The problem's JSON body; {@code instance} is the request's path. */
    public byte[] body(Problem p, String instance) {
        return json.write(
                new cricket.api.Problem("about:blank", p.title(), p.status(), p.detail(), instance, p.extensions()));
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
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 429 -> "Too many attempts";
            case 503 -> "Service busy";
            default -> "HTTP " + status;
        };
    }
}
