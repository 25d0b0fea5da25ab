package cricket.server.publicread;

import cricket.api.MatchFacts;
import cricket.scoring.MatchState;
import cricket.server.competition.Career;
import cricket.server.competition.CompetitionSource;
import cricket.server.competition.Standings;
import cricket.server.domain.NotFound;
import cricket.server.fixture.MatchCatalog;
import cricket.server.http.Json;
import cricket.server.scoring.MatchStates;

/** Renders every public view from the event log through the engine: correct, uncached, the cache's fallback. */
public final class EventLogViews implements PublicViews {
    private final MatchStates states;
    private final MatchCatalog catalog;
    private final CompetitionSource competition;
    private final Json json;

    public EventLogViews(MatchStates states, MatchCatalog catalog, CompetitionSource competition, Json json) {
        this.states = states;
        this.catalog = catalog;
        this.competition = competition;
        this.json = json;
    }

    @Override
    public View match(ViewKind kind, long matchId) {
        MatchState state = load(matchId);
        if (kind.printsFacts()) {
            MatchFacts facts = catalog.facts(matchId).orElseThrow(() -> new NotFound("no match with id " + matchId));
            return new View(kind.render(matchId, state, facts, json), state.seq());
        }
        return new View(kind.render(matchId, state, json), state.seq());
    }

    @Override
    public View site(ViewKind kind) {
        return new View(kind.render(SiteListing.read(catalog, states), json), 0);
    }

    @Override
    public View competition(ViewKind kind, long id) {
        if (kind.scope() == ViewKind.Scope.TOURNAMENT) {
            CompetitionSource.Loaded<Standings> s = competition.standings(id);
            return new View(kind.render(id, s.version(), s.value(), json), s.version());
        }
        CompetitionSource.Loaded<Career> c = competition.career(id);
        return new View(kind.render(id, c.version(), c.value(), json), c.version());
    }

    @Override
    public View page(ViewKind kind, long matchId, Integer before, int limit) {
        MatchState state = load(matchId);
        return new View(kind.renderPage(matchId, state, before, limit, json), state.seq());
    }

    private MatchState load(long matchId) {
        if (!catalog.exists(matchId)) {
            throw new NotFound("no match with id " + matchId);
        }
        return states.load(matchId);
    }
}
