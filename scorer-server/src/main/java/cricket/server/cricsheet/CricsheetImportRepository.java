package cricket.server.cricsheet;

import cricket.server.db.Jdbc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows an import writes a set at a time: every player of a side in one statement and the squad in another, so a
 * folder of thousands of files costs a handful of round trips per match rather than one per name.
 */
final class CricsheetImportRepository {
    private final Jdbc jdbc;

    CricsheetImportRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of these players, each created once if new; by name, in the order given. */
    Map<String, Long> playerIds(List<String> names) {
        String[] distinct = new LinkedHashSet<>(names).toArray(String[]::new);
        Map<String, Long> ids = new LinkedHashMap<>();
        if (distinct.length == 0) {
            return ids;
        }
        // "do update" (a no-op) rather than "do nothing" so that existing players' ids come back too
        jdbc.list("""
                        insert into player (name) select unnest(?::text[])
                        on conflict (name) do update set name = excluded.name
                        returning id, name
                        """, rs -> Map.entry(rs.getString("name"), rs.getLong("id")), (Object) distinct)
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    /** These players join the team's squad for the tournament; those already in it stay as they are. */
    void addToSquad(long tournamentId, long teamId, List<Long> playerIds) {
        if (playerIds.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into squad_member (tournament_id, team_id, player_id)
                select ?, ?, unnest(?::bigint[])
                on conflict do nothing
                """, tournamentId, teamId, new ArrayList<>(playerIds).toArray(Long[]::new));
    }

    /**
     * The tournament a file names, if it exists: one an admin made with the competition's own name and the season,
     * or one an earlier import made under the name {@code importedName}.
     */
    Optional<Long> tournament(String competition, String season, String importedName) {
        return jdbc.one("""
                select id from tournament
                where (name = ?::text and season is not distinct from ?::text) or name = ?::text
                order by (name = ?::text) desc, id
                limit 1
                """, rs -> rs.getLong(1), competition, season, importedName, competition);
    }
}
