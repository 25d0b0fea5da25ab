package cricket.server.competition;

import cricket.scoring.MatchState;
import cricket.server.domain.NotFound;
import cricket.server.fixture.MatchCatalog;
import cricket.server.scoring.MatchStates;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the competition's views get their figures: a tournament's standings and a player's career, each at the
 * version it shows, folded from the event log through {@link MatchStates} (which keeps each match's newest state, so
 * a table redone after a ball replays nothing). The cache and the uncached views load through it; it calls no
 * service.
 */
public final class CompetitionSource {
    /** A view's input at the version it shows. */
    public record Loaded<T>(int version, T value) {}

    private final CompetitionRepository repository;
    private final MatchCatalog catalog;
    private final MatchStates states;

    public CompetitionSource(CompetitionRepository repository, MatchCatalog catalog, MatchStates states) {
        this.repository = repository;
        this.catalog = catalog;
        this.states = states;
    }

    public CompetitionRepository repository() {
        return repository;
    }

    public Loaded<Standings> standings(long tournamentId) {
        CompetitionRepository.TournamentRow t = repository
                .tournament(tournamentId)
                .orElseThrow(() -> new NotFound("no tournament with id " + tournamentId));
        List<PlayedMatch> played = new ArrayList<>();
        for (CompetitionRepository.MatchRow m : repository.matches(tournamentId)) {
            played.add(new PlayedMatch(m.id(), m.stage(), states.at(m.id(), m.version())));
        }
        Standings standings = Standings.of(t.name(), t.season(), t.points(), played, catalog.fixturesOf(tournamentId));
        return new Loaded<>(
                t.version(),
                standings.withIds(repository.idsByName(standings.leaders().players())));
    }

    public Loaded<Career> career(long playerId) {
        String name = repository.playerName(playerId).orElseThrow(() -> new NotFound("no player with id " + playerId));
        List<MatchState> matches = new ArrayList<>();
        long version = 0;
        for (CompetitionRepository.MatchRow m : repository.matchesOf(name)) {
            matches.add(states.at(m.id(), m.version()));
            version += m.version();
        }
        return new Loaded<>((int) Math.min(version, Integer.MAX_VALUE), Career.of(name, matches));
    }
}
