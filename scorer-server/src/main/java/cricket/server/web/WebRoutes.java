package cricket.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /}, {@code /matches/{id}}, {@code /tournaments/{id}}, {@code /players/{id}} and {@code /assets/{name}} on
 * Javalin, answered as {@link WebPages} says: what {@link HotPages} does not take (a HEAD, a path with a query string
 * or a trailing slash, or a server with no cache in front); and {@code /players/named/{name}}, the scorecard's link
 * by name, redirected to the player's page.
 */
public final class WebRoutes {
    private final WebPages pages;

    private final PlayerNames players;

    public WebRoutes(WebPages pages) {
        this(pages, name -> Optional.empty());
    }

    /** {@code playerIds} finds a player's id by name, for the scorecard's links to careers. */
    public WebRoutes(WebPages pages, Function<String, Optional<Long>> playerIds) {
        this.pages = pages;
        this.players = new PlayerNames(playerIds);
    }

    public void register(RoutesConfig routes) {
        routes.get(WebPages.Page.HOME.route, ctx -> send(ctx, WebPages.Page.HOME, ""));
        routes.get(WebPages.Page.MATCH.route, ctx -> send(ctx, WebPages.Page.MATCH, ctx.pathParam("id")));
        routes.get(WebPages.Page.TOURNAMENT.route, ctx -> send(ctx, WebPages.Page.TOURNAMENT, ctx.pathParam("id")));
        routes.get(WebPages.Page.PLAYER.route, ctx -> send(ctx, WebPages.Page.PLAYER, ctx.pathParam("id")));
        // The scorecard names players, not ids: found once per name per instance, then a redirect to the page.
        routes.get("/players/named/{name}", ctx -> {
            Optional<Long> id = players.id(ctx.pathParam("name"));
            if (id.isPresent()) {
                ctx.header("Cache-Control", WebPages.SHELL);
                ctx.redirect("/players/" + id.get(), HttpStatus.FOUND);
            } else {
                send(ctx, WebPages.Page.PLAYER, "");
            }
        });
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
