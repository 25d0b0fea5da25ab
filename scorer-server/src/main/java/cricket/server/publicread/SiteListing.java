package cricket.server.publicread;

import cricket.api.MatchSummary;
import cricket.server.competition.FixtureLine;
import cricket.server.fixture.MatchCatalog;
import cricket.server.scoring.MatchStates;
import java.util.List;

/**
 * What the site views are rendered from: the matches being played, the next fixtures and the newest results with
 * their scores. The home page reads it all from the cache, so a visit costs the database nothing.
 */
public record SiteListing(List<MatchSummary> live, List<FixtureLine> upcoming, List<FixtureLine> results) {
    /** The home page lists the next fixtures, not a season's; each tournament's page has them all. */
    public static final int UPCOMING_SHOWN = 20;

    /** The newest results; older ones are on their tournaments' pages. */
    public static final int RESULTS_SHOWN = 10;

    public SiteListing {
        live = List.copyOf(live);
        upcoming = List.copyOf(upcoming);
        results = List.copyOf(results);
    }

    /**
     * Reads the listing; a result's scores come from the match's state at its version, which {@link MatchStates}
     * holds once folded, so a listing redone after a ball elsewhere replays nothing.
     */
    public static SiteListing read(MatchCatalog catalog, MatchStates states) {
        List<FixtureLine> results = catalog.newestResults(RESULTS_SHOWN).stream()
                .map(m -> FixtureLine.of(m, states.at(m.id(), m.version())))
                .toList();
        List<FixtureLine> upcoming = catalog.nextFixtures(UPCOMING_SHOWN).stream()
                .map(FixtureLine::toCome)
                .toList();
        return new SiteListing(catalog.liveMatches(), upcoming, results);
    }
}
