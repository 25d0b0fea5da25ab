package cricket.server.competition;

import java.util.List;
import java.util.Map;

/** A tournament's table and leaders at one version, with what the pages show beside them. */
public record Standings(String name, String season, Points points, List<TableRow> table, Leaders leaders) {
    public Standings {
        table = List.copyOf(table);
    }

    public static Standings of(String name, String season, Points points, List<PlayedMatch> matches) {
        return new Standings(name, season, points, PointsTable.of(matches, points), Leaders.of(matches));
    }

    /** The same standings with the leaders' player ids. */
    Standings withIds(Map<String, Long> ids) {
        return new Standings(name, season, points, table, leaders.withIds(ids));
    }
}
