package cricket.server.publicread;

import cricket.server.health.RequestMetrics;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A plain Jetty handler in front of Javalin's servlet context that answers the crowd's reads from the cache: a GET
 * of any route a {@link ViewKind} declares, with no query string. It writes the same {@link ViewReply} as
 * {@link PublicReadRoutes} and records the same request timer, without Javalin's and the servlet layer's work per
 * request; whatever the cache answered (HIT, MISS or FALLBACK) is written here.
 *
 * <p>Anything else goes on to Javalin untouched. When the cache throws for one of these routes (an unknown match)
 * the exception goes along as a request attribute, so Javalin's route answers it as a problem without asking the
 * cache a second time: every read asks the cache once and the cache's counters stay as they were.
 */
public final class HotReads extends Handler.Wrapper {
    /** The request attribute holding the exception the cache threw here, for the Javalin route to answer. */
    static final String ASKED = HotReads.class.getName() + ".asked";

    private final HotRoutes routes = new HotRoutes(List.of(ViewKind.values()));
    private final PublicViews views;
    private final RequestMetrics metrics;
    private final Counter answered;

    public HotReads(PublicViews views, RequestMetrics metrics, MeterRegistry registry) {
        this.views = views;
        this.metrics = metrics;
        this.answered = Counter.builder("cricket_http_hot_reads")
                .description(
                        "Public reads answered from the cache before Javalin (also counted in cricket_http_requests)")
                .register(registry);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        if (!"GET".equals(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        HotRoutes.Match route = path == null || uri.getQuery() != null ? null : routes.match(path);
        if (route == null) {
            return super.handle(request, response, callback);
        }
        View view;
        try {
            view = ask(route);
        } catch (RuntimeException e) {
            request.setAttribute(ASKED, e);
            return super.handle(request, response, callback);
        }
        write(request, response, callback, view, route, path, start);
        return true;
    }

    private View ask(HotRoutes.Match route) {
        ViewKind kind = route.route().kind();
        return kind.scope() == ViewKind.Scope.MATCH ? views.match(kind, route.id()) : views.site(kind);
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

    private void answered(HotRoutes.Match route, String path, int status, long start) {
        answered.increment();
        metrics.record(HandlerType.GET, route.route().pattern(), path, status, System.nanoTime() - start);
    }
}
