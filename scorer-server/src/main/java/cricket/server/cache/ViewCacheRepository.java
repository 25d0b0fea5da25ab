package cricket.server.cache;

import cricket.server.db.Jdbc;
import cricket.server.fixture.MatchCatalog;
import cricket.server.publicread.SiteListing;
import cricket.server.scoring.MatchStates;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facts the cache reads from PostgreSQL itself: the highest match id, the live matches' versions and the site's
 * listing with its version.
 */
final class ViewCacheRepository {
    private final Jdbc jdbc;
    private final MatchCatalog catalog;
    private final MatchStates states;

    ViewCacheRepository(Jdbc jdbc, MatchCatalog catalog, MatchStates states) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.states = states;
    }

    long highestMatchId() {
        return jdbc.one("select coalesce(max(id), 0) from match", rs -> rs.getLong(1))
                .orElse(0L);
    }

    /** The matches being played, with their versions: the ones whose last write may have missed Redis. */
    Map<Long, Integer> liveMatchVersions() {
        record Row(long id, int version) {}
        return jdbc
                .list("select id, version from match where status = 'live'", rs -> new Row(rs.getLong(1), rs.getInt(2)))
                .stream()
                .collect(Collectors.toMap(Row::id, Row::version));
    }

    /**
     * The site views' version is the sum of all match versions plus the fixture revision: it grows with every event
     * anywhere (a match starting or finishing moves its version) and with every edit of what the lists show
     * (V2__fixture_revision.sql).
     */
    record SiteList(int version, SiteListing listing) {}

    /**
     * Reads the version and the listing in one repeatable-read snapshot, so a higher version never comes with an
     * older listing.
     */
    SiteList siteList() {
        return jdbc.inTransaction(() -> {
            jdbc.update("set transaction isolation level repeatable read");
            int version = jdbc.one("""
                            select least(coalesce(sum(version), 0)
                                         + (select revision from fixture_revision), 2147483647)::int
                            from match
                            """, rs -> rs.getInt(1)).orElse(0);
            return new SiteList(version, SiteListing.read(catalog, states));
        });
    }
}
