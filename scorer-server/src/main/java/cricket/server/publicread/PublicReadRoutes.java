package cricket.server.publicread;

import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Public, no login: one route per route a {@link ViewKind} declares, each asking {@link PublicViews} for bytes and
 * writing them with an ETag. A paged view's route also serves the older pages its {@link ViewKind.Paged} names.
 */
public final class PublicReadRoutes {
    private final PublicViews views;

    public PublicReadRoutes(PublicViews views) {
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        for (ViewKind kind : ViewKind.values()) {
            for (String route : kind.routes()) {
                routes.get(route, ctx -> send(ctx, kind, view(ctx, kind)));
            }
        }
    }

    private View view(Context ctx, ViewKind kind) {
        ViewKind.Paged paged = kind.paged();
        if (paged != null) {
            // Pages other than the newest are no cached view: the same route, rendered from the newest state.
            Integer before = Requests.queryInt(ctx, paged.cursor(), 1, Integer.MAX_VALUE);
            Integer limit = Requests.queryInt(ctx, paged.limit(), 1, paged.max());
            return views.page(kind, id(ctx), before, limit == null ? paged.newest() : limit);
        }
        return views.of(kind, kind.scope().keyed() ? id(ctx) : 0);
    }

    private static long id(Context ctx) {
        return Requests.pathId(ctx, "id");
    }

    private static void send(Context ctx, ViewKind kind, View view) {
        ViewReply reply = ViewReply.to(view, kind, ctx.header("If-None-Match"), ctx.header("Accept-Encoding"));
        ctx.status(reply.status());
        reply.headers().forEach(h -> ctx.header(h.name(), h.value()));
        if (reply.body() != null) {
            ctx.result(reply.body());
        }
    }
}
