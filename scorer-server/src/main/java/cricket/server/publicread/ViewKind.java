package cricket.server.publicread;

import cricket.api.MatchSummary;
import cricket.scoring.MatchState;
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
            Render.BEFORE_REPLY),
    SCORECARD(
            "scorecard",
            Scope.MATCH,
            ViewBodies::scorecard,
            null,
            List.of("/api/v1/matches/{id}/scorecard"),
            Cache.SHORT),
    /** The newest page only; older pages are rendered on request from the newest state (PublicViews#commentary). */
    COMMENTARY(
            "commentary",
            Scope.MATCH,
            ViewBodies::newestCommentary,
            null,
            List.of("/api/v1/matches/{id}/commentary"),
            Cache.SHORT),
    /** Per innings, the runs and wickets of each over and the partnerships: the fans' worm, Manhattan and stands. */
    CHARTS("charts", Scope.MATCH, ViewBodies::charts, null, List.of("/api/v1/matches/{id}/charts"), Cache.SHORT),
    LIVE_MATCHES(
            "live-matches", Scope.SITE, null, ViewBodies::liveMatches, List.of("/api/v1/live-matches"), Cache.SHORT);

    /** What one version of a view covers. */
    public enum Scope {
        /** One body per match, versioned by the match's seq; routes carry {@code {id}}. */
        MATCH,
        /** One body for the whole site, versioned by the live list's version; routes carry no id. */
        SITE
    }

    /**
     * When a match view is rendered after an event: before the scorer's reply, or just after it on the cache's render
     * thread. A read of a view rendered after the reply waits for a render of a newer version than it holds, so an
     * acknowledged ball is readable in every view at once either way; only the scorer stops waiting for these.
     */
    public enum Render {
        BEFORE_REPLY,
        AFTER_REPLY
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

    /** Renders a match's view from the engine's state: the bytes every reader of that version gets. */
    @FunctionalInterface
    public interface MatchBody {
        byte[] render(long matchId, MatchState state, Json json);
    }

    /** Renders a site view from the matches now being played. */
    @FunctionalInterface
    public interface SiteBody {
        byte[] render(List<MatchSummary> live, Json json);
    }

    private static final String REDIS_PREFIX = "cricket:view:";

    private final String key;
    private final Scope scope;
    private final MatchBody matchBody;
    private final SiteBody siteBody;
    private final List<String> routes;
    private final Cache cache;
    private final Render render;

    /** A view rendered after the reply (a site view is rendered on the cache's worker anyway). */
    ViewKind(String key, Scope scope, MatchBody matchBody, SiteBody siteBody, List<String> routes, Cache cache) {
        this(key, scope, matchBody, siteBody, routes, cache, Render.AFTER_REPLY);
    }

    ViewKind(
            String key,
            Scope scope,
            MatchBody matchBody,
            SiteBody siteBody,
            List<String> routes,
            Cache cache,
            Render render) {
        if ((scope == Scope.MATCH) != (matchBody != null) || (scope == Scope.SITE) != (siteBody != null)) {
            throw new IllegalArgumentException("view " + key + " of scope " + scope + " needs that scope's renderer");
        }
        for (String route : routes) {
            if (route.contains("{id}") != (scope == Scope.MATCH)) {
                throw new IllegalArgumentException(
                        "route " + route + " of view " + key + ": a match view's routes name {id}, a site view's not");
            }
        }
        this.key = key;
        this.scope = scope;
        this.matchBody = matchBody;
        this.siteBody = siteBody;
        this.routes = List.copyOf(routes);
        this.cache = cache;
        this.render = render;
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

    /** When this view is rendered after an event ({@link Render}). */
    public Render render() {
        return render;
    }

    /** {@code cricket:view:<matchId>:<key>}: the hash holding a match view's version, body and gzip. */
    public String redisKey(long matchId) {
        require(Scope.MATCH);
        return REDIS_PREFIX + matchId + ":" + key;
    }

    /** {@code cricket:view:<key>}: the hash holding a site view. */
    public String redisKey() {
        require(Scope.SITE);
        return REDIS_PREFIX + key;
    }

    public byte[] render(long matchId, MatchState state, Json json) {
        require(Scope.MATCH);
        return matchBody.render(matchId, state, json);
    }

    public byte[] render(List<MatchSummary> live, Json json) {
        require(Scope.SITE);
        return siteBody.render(live, json);
    }

    private void require(Scope wanted) {
        if (scope != wanted) {
            throw new IllegalStateException("view " + key + " is a " + scope + " view, not a " + wanted + " view");
        }
    }
}
