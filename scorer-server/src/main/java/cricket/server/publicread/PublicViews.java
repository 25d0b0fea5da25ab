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
     * A page of a paged view ({@link ViewKind#paged()}), newest first: entries with seq below {@code before} (all when
     * null), at most {@code limit}. The page with no cursor and the declared newest size is the cached view itself.
     */
    View page(ViewKind kind, long matchId, Integer before, int limit);

    /** LiveScore fields plus {@code matchId} and {@code version}: what the live stream sends. */
    default View live(long matchId) {
        return match(ViewKind.LIVE, matchId);
    }
}
