package cricket.server.competition;

import cricket.api.MatchSummary;
import cricket.scoring.MatchState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tournament's table and leaders at one version, with what the pages show beside them: its fixtures and results
 * (every match of the tournament, whatever its status).
 */
public record Standings(
        String name, String season, Points points, List<TableRow> table, Leaders leaders, List<FixtureLine> fixtures) {
    public Standings {
        table = List.copyOf(table);
        fixtures = List.copyOf(fixtures);
    }

    /** The standings of {@code matches}, with each fixture's line: a completed one's scores read from its state. */
    public static Standings of(
            String name, String season, Points points, List<PlayedMatch> matches, List<MatchSummary> fixtures) {
        Map<Long, MatchState> states = new HashMap<>();
        for (PlayedMatch m : matches) {
            states.put(m.matchId(), m.state());
        }
        List<FixtureLine> lines = new ArrayList<>();
        for (MatchSummary fixture : fixtures) {
            MatchState state = states.get(fixture.id());
            // A match made between the two reads has no state here; making it moved the version on, and the
            // standings of that version read it.
            lines.add(state == null ? FixtureLine.toCome(fixture) : FixtureLine.of(fixture, state));
        }
        return new Standings(name, season, points, PointsTable.of(matches, points), Leaders.of(matches), lines);
    }

    /** The same standings with the leaders' player ids. */
    Standings withIds(Map<String, Long> ids) {
        return new Standings(name, season, points, table, leaders.withIds(ids), fixtures);
    }
}
