package cricket.server.cache;

import cricket.scoring.MatchState;
import cricket.server.competition.Career;
import cricket.server.competition.CompetitionSource;
import cricket.server.competition.Standings;
import cricket.server.domain.NotFound;
import cricket.server.fixture.MatchCatalog;
import cricket.server.publicread.ViewKind;
import cricket.server.scoring.MatchStates;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Views rebuilt from PostgreSQL when neither the near cache nor Redis has them: one load per subject at a time
 * (concurrent readers wait for that one result), rendered, kept in the near cache and queued for Redis on the
 * cache's writer, never stored from the reader's thread. Asks the fixtures only through {@link MatchCatalog}.
 */
final class Rebuilds {
    private final MatchCatalog catalog;
    private final CompetitionSource competition;
    private final KnownMatches knownTournaments;
    private final KnownMatches knownPlayers;
    private final MatchStates states;
    private final ViewCacheRepository repository;
    private final ViewRenderer renderer;
    private final KnownMatches known;
    private final NearCache near;
    private final ViewWriter writer;
    private final CacheMetrics metrics;
    private final SingleFlight<Subject, Map<ViewKind, CachedView>> flights = new SingleFlight<>();

    Rebuilds(
            MatchCatalog catalog,
            CompetitionSource competition,
            KnownMatches knownTournaments,
            KnownMatches knownPlayers,
            MatchStates states,
            ViewCacheRepository repository,
            ViewRenderer renderer,
            KnownMatches known,
            NearCache near,
            ViewWriter writer,
            CacheMetrics metrics) {
        this.catalog = catalog;
        this.competition = competition;
        this.knownTournaments = knownTournaments;
        this.knownPlayers = knownPlayers;
        this.states = states;
        this.repository = repository;
        this.renderer = renderer;
        this.known = known;
        this.near = near;
        this.writer = writer;
        this.metrics = metrics;
    }

    Map<ViewKind, CachedView> rebuild(Subject subject) {
        return flights.run(subject, () -> rebuildNow(subject));
    }

    /** An id never made answers 404 here, before any query (an id is rechecked only now and then). */
    void refuseUnknown(Subject subject) {
        String unknown = subject instanceof Subject.Match m && !known.mayExist(m.id())
                ? "no match with id " + m.id()
                : subject instanceof Subject.Tournament t && !knownTournaments.mayExist(t.id())
                        ? "no tournament with id " + t.id()
                        : subject instanceof Subject.Player p && !knownPlayers.mayExist(p.id())
                                ? "no player with id " + p.id()
                                : null;
        if (unknown != null) {
            metrics.unknownIds.increment();
            throw new NotFound(unknown);
        }
    }

    /**
     * A reader who missed may reach the single flight just after another reader's rebuild finished: the views
     * that rebuild left in the near cache are newer than what this reader saw, so they are used instead of a second
     * rebuild.
     */
    CachedView rebuildUnlessRefreshed(Subject subject, ViewKind kind, CachedView seen) {
        return flights.run(subject, () -> {
                    CachedView now = near.get(subject, kind);
                    if (now != null && (seen == null || now.checkedAt() - seen.checkedAt() > 0)) {
                        return Map.of(kind, now);
                    }
                    return rebuildNow(subject);
                })
                .get(kind);
    }

    /**
     * Call only inside the subject's single flight. A view rendered from figures loaded before a change that then
     * dropped the subject (a career and a ball of one of the player's matches) is not kept: it is rendered again from
     * the newer figures, at most {@link #ATTEMPTS} times in all, the last answering this read without being kept.
     */
    private Map<ViewKind, CachedView> rebuildNow(Subject subject) {
        Map<ViewKind, CachedView> views = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long mark = near.forgottenMark(subject);
            Rendered rendered = render(subject);
            views = rendered.views();
            Map<ViewKind, CachedView> kept = views;
            // Near cache first (this instance never reads older than its own writes), then Redis on the writer.
            if (near.keepUnlessForgotten(subject, kept, mark, () -> writer.store(subject, rendered.version(), kept))) {
                return views;
            }
        }
        return views;
    }

    static final int ATTEMPTS = 3;

    private record Rendered(int version, Map<ViewKind, CachedView> views) {}

    private Rendered render(Subject subject) {
        metrics.rebuilds.increment();
        if (subject instanceof Subject.Match match) {
            MatchState state = load(match.id());
            return new Rendered(state.seq(), renderer.render(match.id(), state));
        } else if (subject instanceof Subject.Tournament tournament) {
            CompetitionSource.Loaded<Standings> loaded =
                    found(knownTournaments, tournament.id(), () -> competition.standings(tournament.id()));
            return new Rendered(loaded.version(), renderer.render(tournament.id(), loaded.version(), loaded.value()));
        } else if (subject instanceof Subject.Player player) {
            CompetitionSource.Loaded<Career> loaded =
                    found(knownPlayers, player.id(), () -> competition.career(player.id()));
            return new Rendered(loaded.version(), renderer.render(player.id(), loaded.version(), loaded.value()));
        }
        ViewCacheRepository.SiteList site = repository.siteList();
        return new Rendered(site.version(), renderer.render(site.version(), site.listing()));
    }

    private MatchState load(long matchId) {
        if (!catalog.exists(matchId)) {
            known.missing(matchId);
            throw new NotFound("no match with id " + matchId);
        }
        known.exists(matchId);
        return states.load(matchId);
    }

    /** Loads a tournament's or player's figures, remembering an id found missing so it is not asked again soon. */
    private static <T> T found(KnownMatches known, long id, Supplier<T> load) {
        try {
            T loaded = load.get();
            known.exists(id);
            return loaded;
        } catch (NotFound e) {
            known.missing(id);
            throw e;
        }
    }
}
