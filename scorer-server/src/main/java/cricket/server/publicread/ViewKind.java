package cricket.server.publicread;

import cricket.api.MatchFacts;
import cricket.scoring.MatchState;
import cricket.server.competition.Career;
import cricket.server.competition.Standings;
import cricket.server.http.Json;
import java.util.Arrays;
import java.util.List;

/**
 * Every public view the cache renders once per version and serves as stored bytes: its routes, its Redis key, its
 * renderer, its Cache-Control and whether the near cache holds it. The fast Jetty path's route table, the Javalin
 * routes, the lists the cache resyncs and deletes, and the renders after each event are all read from here, so a
 * view declared here cannot be forgotten by any of them (see package-info for how to add one).
 */
public enum ViewKind {
    /** Rendered before the scorer's ball is acknowledged: what the stream pushes and the page polls. */
    LIVE(
            "live",
            Scope.MATCH,
            ViewBodies::live,
            null,
            List.of("/api/v1/matches/{id}/live", "/api/live-score/{id}"),
            Cache.SHORT,
            Render.BEFORE_REPLY,
            null),
    SCORECARD(
            "scorecard",
            Scope.MATCH,
            ViewBodies::scorecard,
            null,
            List.of("/api/v1/matches/{id}/scorecard"),
            Cache.SHORT),
    /**
     * The newest page is the cached view; older pages (its {@link Paged} parameters) are rendered on request from the
     * newest state the instance holds, since every ball would make all of them new.
     */
    COMMENTARY(
            "commentary",
            Scope.MATCH,
            ViewBodies::newestCommentary,
            null,
            List.of("/api/v1/matches/{id}/commentary"),
            Cache.SHORT,
            Render.AFTER_REPLY,
            new Paged("before", "limit", PublicViews.NEWEST_PAGE, 200, ViewBodies::commentary)),
    /** Per innings, the runs and wickets of each over and the partnerships: the fans' worm, Manhattan and stands. */
    CHARTS("charts", Scope.MATCH, ViewBodies::charts, null, List.of("/api/v1/matches/{id}/charts"), Cache.SHORT),
    /**
     * The printed scorecard (scorecard-pdf's renderer, as the console's Export PDF), with the fixture's facts: so it
     * is rendered when read, and an edit of the fixture drops it (the facts move no version, so its ETag also names
     * the body: {@link ViewReply#etag}).
     */
    SCORECARD_PDF(
            "scorecard-pdf", ViewBodies::scorecardPdf, List.of("/api/v1/matches/{id}/scorecard.pdf"), Cache.SHORT),
    LIVE_MATCHES(
            "live-matches", Scope.SITE, null, ViewBodies::liveMatches, List.of("/api/v1/live-matches"), Cache.SHORT),
    /** The home page's other lists: the next fixtures and the newest results with their scores. */
    FIXTURES_AND_RESULTS(
            "fixtures-and-results",
            Scope.SITE,
            null,
            ViewBodies::fixturesAndResults,
            List.of("/api/v1/fixtures-and-results"),
            Cache.SHORT),
    /** A tournament's points table (league matches only), issue 16. */
    TABLE("table", CompetitionBodies::table, List.of("/api/v1/tournaments/{id}/table"), Cache.SHORT),
    /** A tournament's leading run scorers and wicket takers. */
    LEADERS("leaders", CompetitionBodies::leaders, List.of("/api/v1/tournaments/{id}/leaders"), Cache.SHORT),
    /** A tournament's fixtures and results, issue 13's tournament page: its matches, whatever their status. */
    FIXTURES("fixtures", CompetitionBodies::fixtures, List.of("/api/v1/tournaments/{id}/fixtures"), Cache.SHORT),
    /** A player's career over every match stored, by format. */
    CAREER("career", CompetitionBodies::career, List.of("/api/v1/players/{id}/career"), Cache.SHORT);

    /**
     * What a view's body is: its Content-Type, and whether a gzip copy is made once when it is rendered. A PDF's
     * streams are compressed already, so gzip would cost a render's time and save a reader next to nothing.
     */
    public enum Media {
        JSON("application/json", true),
        PDF("application/pdf", false);

        private final String contentType;
        private final boolean gzipped;

        Media(String contentType, boolean gzipped) {
            this.contentType = contentType;
            this.gzipped = gzipped;
        }

        public String contentType() {
            return contentType;
        }

        /** Whether the cache keeps a gzip copy beside the body. */
        public boolean gzipped() {
            return gzipped;
        }
    }

    /** What one version of a view covers. */
    public enum Scope {
        /** One body per match, versioned by the match's seq; routes carry {@code {id}}. */
        MATCH,
        /** One body for the whole site, versioned by the live list's version; routes carry no id. */
        SITE,
        /**
         * One body per tournament, versioned by the sum of its matches' versions and its revision (V3 migration), so
         * it moves on with every ball of any of its matches; routes carry {@code {id}}.
         */
        TOURNAMENT,
        /** One body per player, versioned by the sum of the versions of the matches they played in. */
        PLAYER;

        /** Whether a view of this scope is one of many, named by the {@code {id}} in its routes. */
        public boolean keyed() {
            return this != SITE;
        }
    }

    /**
     * When a match view is rendered after an event: before the scorer's reply, or just after it on the cache's render
     * thread. A read of a view rendered after the reply waits for a render of a newer version than it holds, so an
     * acknowledged ball is readable in every view at once either way; only the scorer stops waiting for these.
     */
    public enum Render {
        BEFORE_REPLY,
        AFTER_REPLY,
        /**
         * Never after an event: on the first read of each new version, once per version (single flight), then held
         * and stored like the others. For a view that costs far more than the rest (the PDF: ~25 % of the server's
         * CPU when it was rendered with every ball of a Test) and is read far less.
         */
        ON_READ
    }

    /** The HTTP caching a view's replies ask for, and whether this instance's near cache keeps its bytes. */
    public record Cache(String cacheControl, boolean near) {
        /**
         * Short max-age: a CDN absorbs the crowd, yet a new ball shows within a second or two. A shared cache may
         * answer from its copy for two seconds more while it fetches the next (stale-while-revalidate, so a hot URL
         * never waits on the origin), and for a minute when the origin fails (stale-if-error: an older score beats
         * an error page).
         */
        public static final Cache SHORT =
                new Cache("public, max-age=1, stale-while-revalidate=2, stale-if-error=60", true);
    }

    /**
     * A match view whose route also answers older pages with query parameters: {@code cursor} (a seq: entries before
     * it) and {@code limit} (1 to {@code max}). The cached view is the page with no cursor and {@code newest}
     * entries; the route with either parameter renders a page from the newest state on request.
     */
    public record Paged(String cursor, String limit, int newest, int max, PageBody body) {}

    /** Renders one page of a paged view: entries before {@code before} (all when null), at most {@code limit}. */
    @FunctionalInterface
    public interface PageBody {
        byte[] render(long matchId, MatchState state, Integer before, int limit, Json json);
    }

    /** Renders a match's view from the engine's state: the bytes every reader of that version gets. */
    @FunctionalInterface
    public interface MatchBody {
        byte[] render(long matchId, MatchState state, Json json);
    }

    /** Renders a match's view from the engine's state and the fixture's facts (venue, date, officials). */
    @FunctionalInterface
    public interface FactsBody {
        byte[] render(long matchId, MatchState state, MatchFacts facts, Json json);
    }

    /** Renders a site view from the site's listing: the matches being played, the next and the newest. */
    @FunctionalInterface
    public interface SiteBody {
        byte[] render(SiteListing site, Json json);
    }

    /** Renders a tournament's view from its standings at {@code version}. */
    @FunctionalInterface
    public interface TournamentBody {
        byte[] render(long tournamentId, int version, Standings standings, Json json);
    }

    /** Renders a player's view from their career at {@code version}. */
    @FunctionalInterface
    public interface PlayerBody {
        byte[] render(long playerId, int version, Career career, Json json);
    }

    private static final String REDIS_PREFIX = "cricket:view:";

    private final String key;
    private final Scope scope;
    private final MatchBody matchBody;
    private final FactsBody factsBody;
    private final SiteBody siteBody;
    private final TournamentBody tournamentBody;
    private final PlayerBody playerBody;
    private final List<String> routes;
    private final Cache cache;
    private final Media media;
    private final Render render;
    private final Paged paged;

    /** A view rendered after the reply (a site view is rendered on the cache's worker anyway), with no pages. */
    ViewKind(String key, Scope scope, MatchBody matchBody, SiteBody siteBody, List<String> routes, Cache cache) {
        this(key, scope, matchBody, null, siteBody, null, null, routes, cache, Media.JSON, Render.AFTER_REPLY, null);
    }

    ViewKind(
            String key,
            Scope scope,
            MatchBody matchBody,
            SiteBody siteBody,
            List<String> routes,
            Cache cache,
            Render render,
            Paged paged) {
        this(key, scope, matchBody, null, siteBody, null, null, routes, cache, Media.JSON, render, paged);
    }

    /** A match view that prints the fixture's facts: a PDF, rendered when read (the facts cost a query). */
    ViewKind(String key, FactsBody body, List<String> routes, Cache cache) {
        this(key, Scope.MATCH, null, body, null, null, null, routes, cache, Media.PDF, Render.ON_READ, null);
    }

    ViewKind(String key, TournamentBody body, List<String> routes, Cache cache) {
        this(key, Scope.TOURNAMENT, null, null, null, body, null, routes, cache, Media.JSON, Render.AFTER_REPLY, null);
    }

    ViewKind(String key, PlayerBody body, List<String> routes, Cache cache) {
        this(key, Scope.PLAYER, null, null, null, null, body, routes, cache, Media.JSON, Render.AFTER_REPLY, null);
    }

    ViewKind(
            String key,
            Scope scope,
            MatchBody matchBody,
            FactsBody factsBody,
            SiteBody siteBody,
            TournamentBody tournamentBody,
            PlayerBody playerBody,
            List<String> routes,
            Cache cache,
            Media media,
            Render render,
            Paged paged) {
        if (paged != null && scope != Scope.MATCH) {
            throw new IllegalArgumentException("view " + key + ": only a match view has pages");
        }
        if ((scope == Scope.MATCH) != (matchBody != null ^ factsBody != null)
                || (scope == Scope.SITE) != (siteBody != null)
                || (scope == Scope.TOURNAMENT) != (tournamentBody != null)
                || (scope == Scope.PLAYER) != (playerBody != null)) {
            throw new IllegalArgumentException("view " + key + " of scope " + scope + " needs that scope's renderer");
        }
        for (String route : routes) {
            if (route.contains("{id}") != scope.keyed()) {
                throw new IllegalArgumentException("route " + route + " of view " + key
                        + ": the routes of a match, tournament or player view name {id}, a site view's not");
            }
        }
        this.key = key;
        this.scope = scope;
        this.matchBody = matchBody;
        this.factsBody = factsBody;
        this.siteBody = siteBody;
        this.tournamentBody = tournamentBody;
        this.playerBody = playerBody;
        this.routes = List.copyOf(routes);
        this.cache = cache;
        this.media = media;
        this.render = render;
        this.paged = paged;
    }

    /** The views of one scope, in declaration order: what is rendered, resynced and deleted together. */
    public static List<ViewKind> of(Scope scope) {
        return Arrays.stream(values()).filter(k -> k.scope == scope).toList();
    }

    /** The name in its Redis key and in the near cache's, e.g. {@code live}. */
    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    /** Route templates as Javalin writes them; a match view's carry {@code {id}} once. */
    public List<String> routes() {
        return routes;
    }

    public Cache cache() {
        return cache;
    }

    /** Its older pages, or null when the route answers only the cached view. */
    public Paged paged() {
        return paged;
    }

    /** One page of a paged view ({@link Paged}). */
    public byte[] renderPage(long matchId, MatchState state, Integer before, int limit, Json json) {
        if (paged == null) {
            throw new IllegalStateException("view " + key + " has no pages");
        }
        return paged.body().render(matchId, state, before, limit, json);
    }

    /** When this view is rendered after an event ({@link Render}). */
    public Render render() {
        return render;
    }

    public Media media() {
        return media;
    }

    /**
     * {@code cricket:view:<matchId>:<key>}: the hash holding a match view's version, body and gzip;
     * {@code cricket:view:tournament:<id>:<key>} and {@code cricket:view:player:<id>:<key>} for the competition's.
     */
    public String redisKey(long id) {
        return switch (scope) {
            case MATCH -> REDIS_PREFIX + id + ":" + key;
            case TOURNAMENT -> REDIS_PREFIX + "tournament:" + id + ":" + key;
            case PLAYER -> REDIS_PREFIX + "player:" + id + ":" + key;
            case SITE -> throw new IllegalStateException("view " + key + " is a SITE view: it has no id");
        };
    }

    /** {@code cricket:view:<key>}: the hash holding a site view. */
    public String redisKey() {
        require(Scope.SITE);
        return REDIS_PREFIX + key;
    }

    /** Whether this match view prints the fixture's facts: rendered with {@link #render(long, MatchState, MatchFacts, Json)}. */
    public boolean printsFacts() {
        return factsBody != null;
    }

    public byte[] render(long matchId, MatchState state, Json json) {
        require(Scope.MATCH);
        if (factsBody != null) {
            throw new IllegalStateException("view " + key + " prints the fixture's facts: render it with them");
        }
        return matchBody.render(matchId, state, json);
    }

    /** A match view with the fixture's facts; one that prints none ignores them. */
    public byte[] render(long matchId, MatchState state, MatchFacts facts, Json json) {
        require(Scope.MATCH);
        return factsBody == null
                ? matchBody.render(matchId, state, json)
                : factsBody.render(matchId, state, facts, json);
    }

    public byte[] render(SiteListing site, Json json) {
        require(Scope.SITE);
        return siteBody.render(site, json);
    }

    public byte[] render(long tournamentId, int version, Standings standings, Json json) {
        require(Scope.TOURNAMENT);
        return tournamentBody.render(tournamentId, version, standings, json);
    }

    public byte[] render(long playerId, int version, Career career, Json json) {
        require(Scope.PLAYER);
        return playerBody.render(playerId, version, career, json);
    }

    private void require(Scope wanted) {
        if (scope != wanted) {
            throw new IllegalStateException("view " + key + " is a " + scope + " view, not a " + wanted + " view");
        }
    }
}
