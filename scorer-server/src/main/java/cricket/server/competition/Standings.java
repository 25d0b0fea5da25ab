package cricket.server.competition;

import java.util.List;

/** A tournament's table and leaders at one version, with what the pages show beside them. */
public record Standings(String name, String season, Points points, List<TableRow> table, Leaders leaders) {
    public Standings {
        table = List.copyOf(table);
    }

    public static Standings of(String name, String season, Points points, List<PlayedMatch> matches) {
        return new Standings(name, season, points, PointsTable.of(matches, points), Leaders.of(matches));
    }
}
