package cricket.server.cache;

import cricket.api.MatchSummary;
import cricket.server.db.Jdbc;
import cricket.server.fixture.MatchCatalog;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The two facts the cache reads from PostgreSQL itself: the highest match id and the live list with its version. */
final class ViewCacheRepository {
    private final Jdbc jdbc;
    private final MatchCatalog catalog;

    ViewCacheRepository(Jdbc jdbc, MatchCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
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
     * The live list's version is the sum of all match versions plus the fixture revision: it grows with every event
     * anywhere and with every edit of what the list shows (V2__fixture_revision.sql).
     */
    record LiveList(int version, List<MatchSummary> matches) {}

    /**
     * Reads the version and the list in one repeatable-read snapshot, so a higher version never comes with an
     * older list.
     */
    LiveList liveList() {
        return jdbc.inTransaction(() -> {
            jdbc.update("set transaction isolation level repeatable read");
            int version = jdbc.one("""
                            select least(coalesce(sum(version), 0)
                                         + (select revision from fixture_revision), 2147483647)::int
                            from match
                            """, rs -> rs.getInt(1)).orElse(0);
            return new LiveList(version, catalog.liveMatches());
        });
    }
}
