package cricket.server.live;

import cricket.server.cache.ViewCache;
import cricket.server.http.ApiException;
import cricket.server.http.Requests;
import cricket.server.publicread.PublicViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * {@code GET /api/v1/matches/{id}/stream}: Server-Sent Events, one per new version, {@code id:} the version and
 * {@code data:} the live summary (the /live body). The current version is sent on connect, unless the client's
 * {@code Last-Event-ID} says it already has it. Public, no login.
 */
public final class LiveStreamRoutes {
    private static final int STREAM_BUFFER_BYTES = 256;
    private final PublicViews views;
    private final LiveStreams streams;

    /** {@code cache} (null when the server runs without Redis) tells of new versions; otherwise a 1 s recheck. */
    public LiveStreamRoutes(PublicViews views, ViewCache cache, int maxStreams, MeterRegistry registry) {
        this.views = views;
        this.streams = new LiveStreams(views, maxStreams, registry);
        if (cache != null) {
            cache.onNewVersion(streams::newVersion);
        }
    }

    public LiveStreams streams() {
        return streams;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/matches/{id}/stream", this::stream);
    }

    private void stream(Context ctx) throws Exception {
        long matchId = Requests.pathId(ctx, "id");
        int lastEventId = lastEventId(ctx.header("Last-Event-ID"));
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(
                            406, "Not acceptable", "the stream is Server-Sent Events: send Accept: text/event-stream")
                    .with("field", "Accept");
        }
        views.live(matchId); // a 404 problem for an unknown match, before the stream starts
        if (streams.full()) {
            ctx.header("Retry-After", "30");
            throw new ApiException(
                    503,
                    "Service unavailable",
                    "this server has its " + streams.maxStreams() + " live streams open: poll GET /api/v1/matches/"
                            + matchId + "/live instead, or connect again later");
        }
        startStream(ctx, matchId, lastEventId);
    }

    /**
     * The response head now, then the request stays open (Javalin's async future, completed when the stream ends)
     * and its events are written on the connection itself ({@link EndPointSink}), so that a stream costs no thread
     * however slowly its reader reads.
     */
    private void startStream(Context ctx, long matchId, int lastEventId) throws java.io.IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no"); // nginx must pass each event on at once
        // The body runs to the connection's end, so Jetty frames it as it is (no chunks) and EndPointSink can write
        // the events' shared bytes straight to the socket; a stream is never followed by another request anyway.
        res.setHeader("Connection", "close");
        res.setBufferSize(STREAM_BUFFER_BYTES); // the head only: an instance holds thousands of streams
        res.flushBuffer();
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                .getServletChannel()
                .getEndPoint();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        ctx.future(() -> {
            // Javalin has started the request's async mode by now, whose end the sink listens for.
            AsyncContext async = ctx.req().getAsyncContext();
            async.setTimeout(0);
            streams.open(matchId, lastEventId, new EndPointSink(async, endPoint, ended));
            return ended;
        });
    }

    /** The version the client last saw: -1 when absent; a clear 400 when it is not a version. */
    static int lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            int id = Integer.parseInt(header.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest(
                "Last-Event-ID", "Last-Event-ID must be a version (a whole number 0 or more), got \"" + header + "\"");
    }
}
