package cricket.server.publicread;

import cricket.server.health.RequestMetrics;
import cricket.server.http.Cors;
import cricket.server.http.Problems;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A plain Jetty handler in front of Javalin's servlet context that answers the crowd's reads from the cache: a GET or
 * HEAD of any route a {@link ViewKind} declares, with no query string. A near-cache hit ({@link PublicViews#held}) is
 * answered at once, on whichever thread Jetty runs it (the selector's: this handler never blocks), from the view's
 * {@link ViewWire}, made once per version: encoded headers and a direct buffer, nothing formatted or copied per read
 * (for a HEAD Jetty sends the same head without the body). Anything else that names a view (a miss, a fallback, an
 * unknown id) is asked of the cache on a pool thread and written with the same {@link ViewReply} as
 * {@link PublicReadRoutes}, as before; a HEAD that misses goes on to Javalin ({@link cricket.server.http.HeadAsGet}).
 * Both record the same request timer as Javalin.
 *
 * <p>When the cache refuses one of these reads (an unknown match) the problem is written here, with the same mapping
 * and bytes as Javalin's ({@link Problems}), so every read asks the cache once; such a reply is timed like any
 * request but not counted as a hot read. Anything else goes on untouched.
 */
public final class HotReads extends Handler.Wrapper {
    private final HotRoutes routes = new HotRoutes(List.of(ViewKind.values()));
    private final PublicViews views;
    private final Problems problems;
    private final RequestMetrics metrics;
    private final Counter answered;

    public HotReads(
            PublicViews views, Problems problems, RequestMetrics metrics, MeterRegistry registry, Handler next) {
        super(next);
        this.views = views;
        this.problems = problems;
        this.metrics = metrics;
        this.answered = Counter.builder("cricket_http_hot_reads")
                .description(
                        "Public reads answered from the cache before Javalin (also counted in cricket_http_requests)")
                .register(registry);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            return super.handle(request, response, callback);
        }
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        HotRoutes.Match route = path == null || uri.getQuery() != null ? null : routes.match(path);
        if (route == null) {
            return super.handle(request, response, callback);
        }
        View held = views.held(route.route().kind(), route.id());
        if (held != null) {
            writeHeld(request, response, callback, held, route, path, start);
            return true;
        }
        if (head) {
            return super.handle(request, response, callback);
        }
        request.getComponents().getExecutor().execute(() -> {
            try {
                View view;
                try {
                    view = views.of(route.route().kind(), route.id());
                } catch (RuntimeException e) {
                    writeProblem(response, callback, problems.problem(e, "GET", path), route, path, start);
                    return;
                }
                write(request, response, callback, view, route, path, start);
            } catch (Throwable failure) {
                callback.failed(failure);
            }
        });
        return true;
    }

    /** A hit: the bytes made once for this version, as {@link #write} would send them. */
    private void writeHeld(
            Request request,
            Response response,
            Callback callback,
            View view,
            HotRoutes.Match route,
            String path,
            long start) {
        ViewWire.Answer answer = view.wire()
                .replies(view, route.route().kind())
                .to(
                        request.getHeaders().get(HttpHeader.IF_NONE_MATCH),
                        request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        for (HttpField field : answer.headers()) {
            headers.put(field);
        }
        answered(route, path, answer.status(), start);
        response.write(true, answer.send(), callback);
    }

    /** Counted and timed before the bytes go: a client that has its answer sees the counters already moved. */
    private void write(
            Request request,
            Response response,
            Callback callback,
            View view,
            HotRoutes.Match route,
            String path,
            long start) {
        ViewReply reply = ViewReply.to(
                view,
                route.route().kind(),
                request.getHeaders().get(HttpHeader.IF_NONE_MATCH),
                request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        response.setStatus(reply.status());
        var headers = response.getHeaders();
        reply.headers().forEach(h -> headers.put(h.name(), h.value()));
        byte[] body = reply.body() == null ? new byte[0] : reply.body();
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        answered(route, path, reply.status(), start);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Headers as Javalin sends a problem: its type, then the GET filter's CORS header. */
    private void writeProblem(
            Response response,
            Callback callback,
            Problems.Problem problem,
            HotRoutes.Match route,
            String path,
            long start) {
        byte[] body = problems.body(problem, path);
        response.setStatus(problem.status());
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        headers.put(Cors.ALLOW_ORIGIN, "*");
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        metrics.record(HandlerType.GET, route.route().pattern(), path, problem.status(), System.nanoTime() - start);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private void answered(HotRoutes.Match route, String path, int status, long start) {
        answered.increment();
        metrics.record(HandlerType.GET, route.route().pattern(), path, status, System.nanoTime() - start);
    }
}
