package cricket.api;

import cricket.scoring.MatchRules;
import java.time.Instant;

/** What an admin sends to create or change a fixture; the server names any field that is missing or wrong. */
public record FixtureRequest(
        Long tournamentId, Long homeTeamId, Long awayTeamId, String venue, Instant startTime, MatchRules rules) {}
