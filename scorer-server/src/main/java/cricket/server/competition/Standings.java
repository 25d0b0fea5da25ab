package cricket.server.competition;

import cricket.api.MatchSummary;
import java.util.List;
import java.util.Map;

/**
 * A tournament's table and leaders at one version, with what the pages show beside them: its fixtures and results
 * (every match of the tournament, whatever its status).
 */
public record Standings(
        String name, String season, Points points, List<TableRow> table, Leaders leaders, List<MatchSummary> fixtures) {
    public Standings {
        table = List.copyOf(table);
        fixtures = List.copyOf(fixtures);
    }

    public static Standings of(
            String name, String season, Points points, List<PlayedMatch> matches, List<MatchSummary> fixtures) {
        return new Standings(name, season, points, PointsTable.of(matches, points), Leaders.of(matches), fixtures);
    }

    /** The same standings with the leaders' player ids. */
    Standings withIds(Map<String, Long> ids) {
        return new Standings(name, season, points, table, leaders.withIds(ids), fixtures);
    }
}
