package cricket.server.publicread;

import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** Public, no login: each route asks {@link PublicViews} for bytes and writes them with an ETag. */
public final class PublicReadRoutes {
    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 200;
    static final String JSON = "application/json";
    static final String CACHE_CONTROL = "public, max-age=1";
    static final String X_CACHE = "X-Cache";

    private final PublicViews views;

    public PublicReadRoutes(PublicViews views) {
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/matches/{id}/live", ctx -> send(ctx, asked(ctx, () -> views.live(id(ctx)))));
        routes.get("/api/live-score/{id}", ctx -> send(ctx, asked(ctx, () -> views.live(id(ctx)))));
        routes.get("/api/v1/matches/{id}/scorecard", ctx -> send(ctx, asked(ctx, () -> views.scorecard(id(ctx)))));
        routes.get("/api/v1/matches/{id}/commentary", ctx -> {
            Integer before = Requests.queryInt(ctx, "before", 1, Integer.MAX_VALUE);
            Integer limit = Requests.queryInt(ctx, "limit", 1, MAX_PAGE);
            send(ctx, asked(ctx, () -> views.commentary(id(ctx), before, limit == null ? DEFAULT_PAGE : limit)));
        });
        routes.get("/api/v1/live-matches", ctx -> send(ctx, views.liveMatches()));
    }

    /**
     * The view {@link HotReads} already asked the cache for (a miss, a fallback, or the exception it threw), so a
     * read asks once; else asks now.
     */
    private static View asked(Context ctx, Supplier<View> ask) {
        Object asked = ctx.attribute(HotReads.ASKED);
        if (asked instanceof View view) {
            return view;
        }
        if (asked instanceof RuntimeException e) {
            throw e;
        }
        return ask.get();
    }

    private static long id(Context ctx) {
        return Requests.pathId(ctx, "id");
    }

    /** Short max-age: a CDN absorbs the crowd, yet a new ball shows within a second or two. */
    private static void send(Context ctx, View view) {
        String etag = "\"" + view.version() + "\"";
        ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL);
        if (view.cache() != null) {
            ctx.header(X_CACHE, view.cache());
        }
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        String accepts = ctx.header("Accept-Encoding");
        if (view.gzip() != null && accepts != null && accepts.contains("gzip")) {
            // Gzipped once when the view was rendered: the stored bytes go out as they are.
            ctx.header("Vary", "Accept-Encoding").header("Content-Encoding", "gzip");
            ctx.contentType(JSON).result(view.gzip());
            return;
        }
        ctx.contentType(JSON).result(view.body());
    }
}
