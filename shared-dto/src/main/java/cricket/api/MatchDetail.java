package cricket.api;

import cricket.scoring.MatchRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One match as {@code GET /api/v1/matches/{id}} shows it: its two squads, the rules if already set, and its
 * officials (every role present, empty when no one is named).
 *
 * @param lastDay the match's last day when its record names one (a Cricsheet file's last date), else null; never
 *     before the start's day, and cleared when the start moves to another day before play
 */
public record MatchDetail(
        long id,
        long tournamentId,
        String tournament,
        String venue,
        Instant startTime,
        FixtureStatus status,
        int version,
        List<MatchTeam> teams,
        MatchRules rules,
        Officials officials,
        LocalDate lastDay) {
    public MatchDetail {
        teams = List.copyOf(teams == null ? List.of() : teams);
        officials = officials == null ? Officials.NONE : officials;
    }

    /** The facts the printed card shows. */
    public MatchFacts facts() {
        return new MatchFacts(tournament, venue, startTime, officials, lastDay);
    }
}
