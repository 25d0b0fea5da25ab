package cricket.server.publicread;

/**
 * Where the public read routes get their bodies. The first implementation, {@link EventLogViews}, renders from the
 * event log on every call; the cache serves the same bytes from Redis and its near cache. Each method throws
 * {@link cricket.server.http.ApiException} 404 for an unknown match.
 */
public interface PublicViews {
    /** The commentary page the route serves without parameters: the one page the cache renders with each ball. */
    int NEWEST_PAGE = 20;

    /** LiveScore fields plus {@code matchId} and {@code version}. */
    View live(long matchId);

    /** Scorecard fields (DESIGN.md shape) plus {@code matchId} and {@code version}. */
    View scorecard(long matchId);

    /**
     * A page of commentary, newest first: entries with seq below {@code before} (all when null), at most
     * {@code limit}; {@code nextBefore} names the next page or is null.
     */
    View commentary(long matchId, Integer before, int limit);

    /** The matches now live, as a list of match summaries. */
    View liveMatches();
}
