package cricket.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /}, {@code /matches/{id}}, {@code /tournaments/{id}} and {@code /assets/{name}} on Javalin, answered as
 * {@link WebPages} says: what {@link HotPages} does not take (a HEAD, a path with a query string or a trailing
 * slash, or a server with no cache in front).
 */
public final class WebRoutes {
    private final WebPages pages;

    public WebRoutes(WebPages pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(WebPages.Page.HOME.route, ctx -> send(ctx, WebPages.Page.HOME, ""));
        routes.get(WebPages.Page.MATCH.route, ctx -> send(ctx, WebPages.Page.MATCH, ctx.pathParam("id")));
        routes.get(WebPages.Page.TOURNAMENT.route, ctx -> send(ctx, WebPages.Page.TOURNAMENT, ctx.pathParam("id")));
        routes.get(WebPages.Page.ASSET.route, ctx -> send(ctx, WebPages.Page.ASSET, ctx.pathParam("name")));
    }

    private void send(Context ctx, WebPages.Page page, String param) {
        WebPages.Reply reply = pages.reply(
                new WebPages.Request(page, param), ctx.header("If-None-Match"), ctx.header("Accept-Encoding"));
        ctx.status(reply.status());
        for (WebPages.Header h : reply.headers()) {
            if (h.name().equals("Content-Type")) {
                ctx.contentType(h.value());
            } else {
                ctx.header(h.name(), h.value());
            }
        }
        if (reply.body() != null) {
            ctx.result(reply.body());
        }
    }
}
