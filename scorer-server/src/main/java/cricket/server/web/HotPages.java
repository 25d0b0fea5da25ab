package cricket.server.web;

import cricket.server.health.RequestMetrics;
import cricket.server.http.Cors;
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
 * A plain Jetty handler in front of Javalin that answers a GET of a page shell or an asset with no query string,
 * as {@link WebPages} says and {@link WebRoutes} would, without Javalin's and the servlet layer's work per request:
 * a fan's first load is a shell and six assets for four views, and all of them are bytes made at start. Records the
 * same request timer as Javalin. Anything else, a HEAD included, goes on untouched.
 */
public final class HotPages extends Handler.Wrapper {
    private final WebPages pages;
    private final RequestMetrics metrics;
    private final Counter answered;

    public HotPages(WebPages pages, RequestMetrics metrics, MeterRegistry registry, Handler next) {
        super(next);
        this.pages = pages;
        this.metrics = metrics;
        this.answered = Counter.builder("cricket_http_hot_pages")
                .description("Page shells and assets answered before Javalin (also counted in cricket_http_requests)")
                .register(registry);
    }

    /**
     * Answers from memory, so Jetty may run it on the selector thread ({@link cricket.server.http.OffSelector}); the
     * one page that asks the cache (a match's, whose id must exist) is answered on a pool thread.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        WebPages.Request page = !"GET".equals(request.getMethod()) || path == null || uri.getQuery() != null
                ? null
                : WebPages.route(path);
        if (page == null) {
            return super.handle(request, response, callback);
        }
        if (page.page() == WebPages.Page.MATCH) {
            // Whether the match exists is asked of the cache, which may wait on Redis or the database: not on the
            // selector thread.
            request.getComponents().getExecutor().execute(() -> {
                try {
                    answer(request, response, callback, page, path, start);
                } catch (Throwable failure) {
                    callback.failed(failure);
                }
            });
            return true;
        }
        answer(request, response, callback, page, path, start);
        return true;
    }

    private void answer(
            Request request, Response response, Callback callback, WebPages.Request page, String path, long start) {
        WebPages.Reply reply = pages.reply(
                page,
                request.getHeaders().get(HttpHeader.IF_NONE_MATCH),
                request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        response.setStatus(reply.status());
        var headers = response.getHeaders();
        for (WebPages.Header h : reply.headers()) {
            headers.put(h.name(), h.value());
            if (h.name().equals("Content-Type")) {
                // After the type, where Javalin's GET filter puts it, so both paths send the same headers.
                headers.put(Cors.ALLOW_ORIGIN, "*");
            }
        }
        ByteBuffer body = reply.buffer();
        headers.put(HttpHeader.CONTENT_LENGTH, body.remaining());
        answered.increment();
        metrics.record(HandlerType.GET, page.page().route, path, reply.status(), System.nanoTime() - start);
        response.write(true, body, callback);
    }
}
