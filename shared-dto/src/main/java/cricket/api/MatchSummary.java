package cricket.api;

import java.time.Instant;

/** A row of a match list: the console's "my matches" and the public lists. */
public record MatchSummary(
        long id,
        long tournamentId,
        String tournament,
        long homeTeamId,
        String homeTeam,
        long awayTeamId,
        String awayTeam,
        String venue,
        Instant startTime,
        FixtureStatus status,
        int version) {}
