package cricket.api;

import cricket.scoring.MatchRules;
import java.time.Instant;
import java.util.List;

/** One match as {@code GET /api/v1/matches/{id}} shows it: its two squads and the rules, if already set. */
public record MatchDetail(
        long id,
        long tournamentId,
        String tournament,
        String venue,
        Instant startTime,
        FixtureStatus status,
        int version,
        List<MatchTeam> teams,
        MatchRules rules) {
    public MatchDetail {
        teams = List.copyOf(teams == null ? List.of() : teams);
    }
}
