package cricket.server.publicread;

import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** Public, no login: each route asks {@link PublicViews} for bytes and writes them with an ETag. */
public final class PublicReadRoutes {
    static final int MAX_PAGE = 200;

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
            send(
                    ctx,
                    asked(
                            ctx,
                            () -> views.commentary(id(ctx), before, limit == null ? PublicViews.NEWEST_PAGE : limit)));
        });
        routes.get("/api/v1/live-matches", ctx -> send(ctx, views.liveMatches()));
    }

    /** The exception {@link HotReads} already met asking for this view (an unknown match), so a read asks once. */
    private static View asked(Context ctx, Supplier<View> ask) {
        if (ctx.attribute(HotReads.ASKED) instanceof RuntimeException e) {
            throw e;
        }
        return ask.get();
    }

    private static long id(Context ctx) {
        return Requests.pathId(ctx, "id");
    }

    private static void send(Context ctx, View view) {
        ViewReply reply = ViewReply.to(view, ctx.header("If-None-Match"), ctx.header("Accept-Encoding"));
        ctx.status(reply.status());
        reply.headers().forEach(h -> ctx.header(h.name(), h.value()));
        if (reply.body() != null) {
            ctx.result(reply.body());
        }
    }
}
