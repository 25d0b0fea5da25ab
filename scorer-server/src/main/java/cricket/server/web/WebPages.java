package cricket.server.web;

import cricket.server.domain.NotFound;
import cricket.server.http.Encodings;
import cricket.server.publicread.PublicViews;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page or asset request is answered with, whoever writes it ({@link HotPages} on Jetty, {@link WebRoutes} on
 * Javalin): the status, the headers in the order they go out, and the bytes made at start (the gzip, made once, to a
 * reader that accepts it). A match page asks the view cache whether the match exists (a hit costs no query), so an
 * unknown match is a 404 page; everything else a page shows, its script reads from the cached views.
 */
public final class WebPages {
    /** Assets are named by their content: a browser or CDN may keep them for a year. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** A shell names the current assets: kept a minute, so a release reaches readers soon. */
    static final String SHELL = "public, max-age=60";

    private static final String NO_CACHE = "no-cache";

    /** The routes the pages answer, as Javalin writes them; each has at most one parameter, its last segment. */
    enum Page {
        HOME("/"),
        MATCH("/matches/{id}"),
        TOURNAMENT("/tournaments/{id}"),
        PLAYER("/players/{id}"),
        ASSET("/assets/{name}");

        final String route;

        Page(String route) {
            this.route = route;
        }
    }

    /** A page request: which page, and its parameter ("" for the home page). */
    record Request(Page page, String param) {}

    record Header(String name, String value) {}

    /** An answer; {@code body} is null for a 304. */
    record Reply(int status, List<Header> headers, byte[] body, WebFile file, Encodings.Coding coding) {
        /** The body as a buffer of its own, for a writer that can send a direct buffer; empty for a 304. */
        ByteBuffer buffer() {
            return body == null ? ByteBuffer.allocate(0) : file.send(coding);
        }
    }

    private final PublicViews views;
    private final WebAssets assets;
    private final WebFile home;
    private final WebFile match;
    private final WebFile tournament;
    private final WebFile player;
    private final WebFile notFound;

    public WebPages(PublicViews views, WebAssets assets) {
        this.views = views;
        this.assets = assets;
        this.home = assets.page("home", Page.HOME.route);
        this.match = assets.page("match", Page.MATCH.route);
        this.tournament = assets.page("tournament", Page.TOURNAMENT.route);
        this.player = assets.page("player", Page.PLAYER.route);
        this.notFound = assets.page("notfound", "404");
    }

    /** The page a plain path asks for ({@code /matches/2}), or null when it is not one of the pages' paths. */
    static Request route(String path) {
        if (path.equals("/")) {
            return new Request(Page.HOME, "");
        }
        for (int i = 0; i < PREFIXED.length; i++) {
            String prefix = PREFIXES[i];
            if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) {
                return new Request(PREFIXED[i], path.substring(prefix.length()));
            }
        }
        return null;
    }

    /** The pages with a parameter, and their routes' parts before it: made once, as every request asks. */
    private static final Page[] PREFIXED = {Page.MATCH, Page.TOURNAMENT, Page.PLAYER, Page.ASSET};

    private static final String[] PREFIXES = java.util.Arrays.stream(PREFIXED)
            .map(page -> page.route.substring(0, page.route.indexOf('{')))
            .toArray(String[]::new);

    Reply reply(Request request, String ifNoneMatch, String acceptEncoding) {
        return switch (request.page()) {
            case HOME -> reply(200, home, SHELL, ifNoneMatch, acceptEncoding);
            case MATCH -> {
                long id = id(request.param());
                yield id > 0 && exists(id)
                        ? reply(200, match, SHELL, ifNoneMatch, acceptEncoding)
                        : reply(404, notFound, NO_CACHE, ifNoneMatch, acceptEncoding);
            }
            case TOURNAMENT ->
                id(request.param()) > 0
                        ? reply(200, tournament, SHELL, ifNoneMatch, acceptEncoding)
                        : reply(404, notFound, NO_CACHE, ifNoneMatch, acceptEncoding);
            case PLAYER ->
                id(request.param()) > 0
                        ? reply(200, player, SHELL, ifNoneMatch, acceptEncoding)
                        : reply(404, notFound, NO_CACHE, ifNoneMatch, acceptEncoding);
            case ASSET -> {
                WebFile file = assets.asset("/assets/" + request.param());
                yield file == null
                        ? reply(404, notFound, NO_CACHE, ifNoneMatch, acceptEncoding)
                        : reply(200, file, IMMUTABLE, ifNoneMatch, acceptEncoding);
            }
        };
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
    private static long id(String raw) {
        if (raw.isEmpty()
                || raw.length() > 18
                || raw.charAt(0) == '0'
                || !raw.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(raw);
    }

    private static Reply reply(
            int status, WebFile file, String cacheControl, String ifNoneMatch, String acceptEncoding) {
        List<Header> headers = new ArrayList<>(5);
        headers.add(new Header("Content-Type", file.contentType()));
        headers.add(new Header("Cache-Control", cacheControl));
        headers.add(new Header("ETag", file.etag()));
        headers.add(new Header("Vary", "Accept-Encoding"));
        if (status == 200 && file.etag().equals(ifNoneMatch)) {
            return new Reply(304, headers, null, file, Encodings.Coding.IDENTITY);
        }
        Encodings.Coding coding = Encodings.choose(acceptEncoding, file.br() != null, true);
        return switch (coding) {
            case BR -> {
                headers.add(new Header("Content-Encoding", "br"));
                yield new Reply(status, headers, file.br(), file, coding);
            }
            case GZIP -> {
                headers.add(new Header("Content-Encoding", "gzip"));
                yield new Reply(status, headers, file.gzip(), file, coding);
            }
            case IDENTITY -> new Reply(status, headers, file.body(), file, coding);
        };
    }
}
