package cricket.server.publicread;

/**
 * Where the public read routes get their bodies, one method per {@link ViewKind.Scope}. The first implementation,
 * {@link EventLogViews}, renders from the event log on every call; the cache serves the same bytes from Redis and
 * its near cache. A match view of an unknown match throws {@link cricket.server.domain.NotFound}.
 */
public interface PublicViews {
    /** The commentary page the route serves without parameters: the one page the cache renders with each ball. */
    int NEWEST_PAGE = 20;

    /** A {@link ViewKind.Scope#MATCH} view of one match. */
    View match(ViewKind kind, long matchId);

    /** A {@link ViewKind.Scope#SITE} view. */
    View site(ViewKind kind);

    /**
     * A {@link ViewKind.Scope#TOURNAMENT} or {@link ViewKind.Scope#PLAYER} view of the tournament or player
     * {@code id}; an unknown one throws {@link cricket.server.domain.NotFound}.
     */
    View competition(ViewKind kind, long id);

    /** The view a declared route names: a match's, the site's, or a tournament's or player's. */
    default View of(ViewKind kind, long id) {
        return switch (kind.scope()) {
            case MATCH -> match(kind, id);
            case SITE -> site(kind);
            case TOURNAMENT, PLAYER -> competition(kind, id);
        };
    }

    /**
     * The view a declared route names if this instance holds it and can answer it at once, counted as a hit; null
     * (nothing counted) when it would have to wait for anything (Redis, the database, a render), and then
     * {@link #of} answers. Never blocks: the fast path asks this on Jetty's selector thread.
     */
    default View held(ViewKind kind, long id) {
        return null;
    }

    /**
     * A page of a paged view ({@link ViewKind#paged()}), newest first: entries with seq below {@code before} (all when
     * null), at most {@code limit}. The page with no cursor and the declared newest size is the cached view itself.
     */
    View page(ViewKind kind, long matchId, Integer before, int limit);

    /** LiveScore fields plus {@code matchId} and {@code version}: what the live stream sends. */
    default View live(long matchId) {
        return match(ViewKind.LIVE, matchId);
    }
}
