package cricket.server.publicread;

import cricket.server.health.RequestMetrics;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A plain Jetty handler in front of Javalin's servlet context that answers the crowd's reads from the cache: GET
 * {@code /api/v1/matches/{id}/live}, {@code /api/live-score/{id}}, {@code /api/v1/matches/{id}/scorecard},
 * {@code /api/v1/matches/{id}/commentary} and {@code /api/v1/live-matches} with no query string. It writes the same {@link ViewReply} as
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

    private static final String MATCHES = "/api/v1/matches/";
    private static final String LIVE_SCORE = "/api/live-score/";
    private static final String LIVE_MATCHES = "/api/v1/live-matches";
    private static final int MAX_ID_DIGITS = 18;

    private enum Route {
        LIVE("/api/v1/matches/{id}/live"),
        LIVE_SCORE("/api/live-score/{id}"),
        SCORECARD("/api/v1/matches/{id}/scorecard"),
        COMMENTARY("/api/v1/matches/{id}/commentary"),
        LIVE_MATCHES(HotReads.LIVE_MATCHES);

        final String pattern;

        Route(String pattern) {
            this.pattern = pattern;
        }
    }

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
        Route route = path == null || uri.getQuery() != null ? null : route(path);
        long id = route == null || route == Route.LIVE_MATCHES ? 0 : id(path, route);
        if (route == null || route != Route.LIVE_MATCHES && id < 1) {
            return super.handle(request, response, callback);
        }
        View view;
        try {
            view = ask(route, id);
        } catch (RuntimeException e) {
            request.setAttribute(ASKED, e);
            return super.handle(request, response, callback);
        }
        write(request, response, callback, view, route, path, start);
        return true;
    }

    private View ask(Route route, long id) {
        return switch (route) {
            case LIVE, LIVE_SCORE -> views.live(id);
            case SCORECARD -> views.scorecard(id);
            case COMMENTARY -> views.commentary(id, null, PublicViews.NEWEST_PAGE);
            case LIVE_MATCHES -> views.liveMatches();
        };
    }

    /** Counted and timed before the bytes go: a client that has its answer sees the counters already moved. */
    private void write(
            Request request, Response response, Callback callback, View view, Route route, String path, long start) {
        ViewReply reply = ViewReply.to(
                view,
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

    private void answered(Route route, String path, int status, long start) {
        answered.increment();
        metrics.record(HandlerType.GET, route.pattern, path, status, System.nanoTime() - start);
    }

    private static Route route(String path) {
        if (path.equals(LIVE_MATCHES)) {
            return Route.LIVE_MATCHES;
        }
        if (path.startsWith(LIVE_SCORE)) {
            return Route.LIVE_SCORE;
        }
        if (!path.startsWith(MATCHES)) {
            return null;
        }
        if (path.endsWith("/live")) {
            return Route.LIVE;
        }
        if (path.endsWith("/scorecard")) {
            return Route.SCORECARD;
        }
        if (path.endsWith("/commentary")) {
            return Route.COMMENTARY;
        }
        return null;
    }

    /** The id in the path when it is exactly the route's with a plain positive number (no sign, no leading 0). */
    private static long id(String path, Route route) {
        int from = route == Route.LIVE_SCORE ? LIVE_SCORE.length() : MATCHES.length();
        int to = route == Route.LIVE_SCORE ? path.length() : path.lastIndexOf('/');
        if (to <= from || to - from > MAX_ID_DIGITS || path.charAt(from) == '0') {
            return -1;
        }
        long id = 0;
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }
}
