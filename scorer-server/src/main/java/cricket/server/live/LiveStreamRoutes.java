package cricket.server.live;

import cricket.server.cache.ViewCache;
import cricket.server.http.ApiException;
import cricket.server.http.Requests;
import cricket.server.publicread.PublicViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * {@code GET /api/v1/matches/{id}/stream}: Server-Sent Events, one per new version, {@code id:} the version and
 * {@code data:} the live summary (the /live body). The current version is sent on connect, unless the client's
 * {@code Last-Event-ID} says it already has it. Public, no login.
 */
public final class LiveStreamRoutes {
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
        new SseHandler(client -> {
                    client.keepAlive();
                    streams.open(matchId, lastEventId, sink(client));
                })
                .handle(ctx);
    }

    /** Javalin's SSE client as a stream's sink; abort closes the connection's Jetty end point under it. */
    private static LiveStreams.Sink sink(SseClient client) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(
                        client.ctx().req())
                .getServletChannel()
                .getEndPoint();
        return new LiveStreams.Sink() {
            @Override
            public void event(String name, String data, String id) {
                client.sendEvent(name, data, id);
            }

            @Override
            public void comment(String text) {
                client.sendComment(text);
            }

            @Override
            public boolean terminated() {
                return client.terminated();
            }

            @Override
            public void onClose(Runnable action) {
                client.onClose(action);
            }

            @Override
            public void abort() {
                try {
                    endPoint.close();
                } finally {
                    client.close();
                }
            }
        };
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
