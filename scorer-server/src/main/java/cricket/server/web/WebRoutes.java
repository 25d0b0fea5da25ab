package cricket.server.web;

import cricket.server.domain.NotFound;
import cricket.server.publicread.PublicViews;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /}, {@code /matches/{id}}, {@code /tournaments/{id}}, {@code /players/{id}} and {@code /assets/{name}}: bytes made at start, sent
 * as they are (gzip when accepted). A match page asks the view cache whether the match exists (a hit costs no
 * query), so an unknown match is a 404 page; everything else a page shows, its script reads from the cached views.
 */
public final class WebRoutes {
    /** Assets are named by their content: a browser or CDN may keep them for a year. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** A shell names the current assets: kept a minute, so a release reaches readers soon. */
    static final String SHELL = "public, max-age=60";

    private final PublicViews views;
    private final WebFile home;
    private final WebFile match;
    private final WebFile tournament;
    private final WebFile player;
    private final WebFile notFound;
    private final WebAssets assets;
    private final PlayerNames players;

    public WebRoutes(PublicViews views, WebAssets assets) {
        this(views, assets, name -> Optional.empty());
    }

    /** {@code playerIds} finds a player's id by name, for the scorecard's links to careers. */
    public WebRoutes(PublicViews views, WebAssets assets, Function<String, Optional<Long>> playerIds) {
        this.views = views;
        this.assets = assets;
        this.players = new PlayerNames(playerIds);
        this.player = assets.page("player", "/players/{id}");
        this.home = assets.page("home", "/");
        this.match = assets.page("match", "/matches/{id}");
        this.tournament = assets.page("tournament", "/tournaments/{id}");
        this.notFound = assets.page("notfound", "404");
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> send(ctx, 200, home, SHELL));
        routes.get("/matches/{id}", ctx -> {
            long id = id(ctx);
            if (id > 0 && exists(id)) {
                send(ctx, 200, match, SHELL);
            } else {
                send(ctx, 404, notFound, "no-cache");
            }
        });
        routes.get("/tournaments/{id}", ctx -> {
            if (id(ctx) > 0) {
                send(ctx, 200, tournament, SHELL);
            } else {
                send(ctx, 404, notFound, "no-cache");
            }
        });
        routes.get("/players/{id}", ctx -> {
            if (id(ctx) > 0) {
                send(ctx, 200, player, SHELL);
            } else {
                send(ctx, 404, notFound, "no-cache");
            }
        });
        // The scorecard names players, not ids: found once per name per instance, then a redirect to the page.
        routes.get("/players/named/{name}", ctx -> {
            Optional<Long> id = players.id(ctx.pathParam("name"));
            if (id.isPresent()) {
                ctx.header("Cache-Control", SHELL);
                ctx.redirect("/players/" + id.get(), HttpStatus.FOUND);
            } else {
                send(ctx, 404, notFound, "no-cache");
            }
        });
        routes.get("/assets/{name}", ctx -> {
            WebFile file = assets.asset(ctx.path());
            if (file == null) {
                send(ctx, 404, notFound, "no-cache");
            } else {
                send(ctx, 200, file, IMMUTABLE);
            }
        });
    }

    private boolean exists(long id) {
        try {
            views.live(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** The id in a page's path, or -1 when it is not a plain positive number (a 404 page, not a problem). */
    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty()
                || raw.length() > 18
                || raw.charAt(0) == '0'
                || !raw.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(raw);
    }

    private static void send(Context ctx, int status, WebFile file, String cacheControl) {
        ctx.status(status);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", file.etag());
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(file.contentType());
        if (status == 200 && file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(file.gzip());
        } else {
            ctx.result(file.body());
        }
    }
}
