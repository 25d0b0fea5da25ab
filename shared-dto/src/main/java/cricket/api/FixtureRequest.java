package cricket.api;

import cricket.scoring.MatchRules;
import java.time.Instant;

/**
 * What an admin sends to create or change a fixture; the server names any field that is missing or wrong. No
 * {@code officials} is none named (an edit without them clears them, as for every other field of a PUT).
 */
public record FixtureRequest(
        Long tournamentId,
        Long homeTeamId,
        Long awayTeamId,
        String venue,
        Instant startTime,
        MatchRules rules,
        Officials officials) {
    public FixtureRequest {
        officials = officials == null ? Officials.NONE : officials;
    }

    /** A fixture with no officials named yet. */
    public FixtureRequest(
            Long tournamentId, Long homeTeamId, Long awayTeamId, String venue, Instant startTime, MatchRules rules) {
        this(tournamentId, homeTeamId, awayTeamId, venue, startTime, rules, Officials.NONE);
    }
}
