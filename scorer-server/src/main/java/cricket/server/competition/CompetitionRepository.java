package cricket.server.competition;

import cricket.server.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the competition: tournaments with their points and versions, their matches, players' matches. */
public final class CompetitionRepository {
    private final Jdbc jdbc;

    public CompetitionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A tournament as its views need it; {@code version} grows with every ball of its matches (V3 migration). */
    record TournamentRow(long id, String name, String season, Points points, int version) {}

    /** A match with events, its stage and its version (the seq of its newest event). */
    record MatchRow(long id, String stage, int version) {}

    Optional<TournamentRow> tournament(long id) {
        return jdbc.one(
                """
                select t.id, t.name, t.season, t.points_win, t.points_tie, t.points_no_result,
                       least(t.revision + coalesce((select sum(m.version) from match m where m.tournament_id = t.id), 0),
                             2147483647)::int as version
                from tournament t where t.id = ?
                """,
                rs -> new TournamentRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("season"),
                        new Points(rs.getInt("points_win"), rs.getInt("points_tie"), rs.getInt("points_no_result")),
                        rs.getInt("version")),
                id);
    }

    List<MatchRow> matches(long tournamentId) {
        return jdbc.list(
                "select id, stage, version from match where tournament_id = ? and version > 0 order by start_time, id",
                CompetitionRepository::match,
                tournamentId);
    }

    /** The tournament a match belongs to. */
    public Optional<Long> tournamentOf(long matchId) {
        return jdbc.one("select tournament_id from match where id = ?", rs -> rs.getLong(1), matchId);
    }

    Optional<String> playerName(long playerId) {
        return jdbc.one("select name from player where id = ?", rs -> rs.getString(1), playerId);
    }

    /**
     * The matches the player was in: named by a starting side, or brought in by a replacement (a concussion
     * substitute, an impact player), whom the starting sides do not name.
     */
    List<MatchRow> matchesOf(String player) {
        return jdbc.list("""
                select m.id, m.stage, m.version
                from match m
                where exists (
                    select 1 from match_event e
                    where e.match_id = m.id
                      and ((e.type = 'MatchStarted'
                            and e.payload -> 'teams'
                                @> jsonb_build_array(jsonb_build_object('players', jsonb_build_array(?::text))))
                        or (e.type = 'PlayerReplaced' and e.payload ->> 'playerIn' = ?::text)))
                order by m.start_time, m.id
                """, CompetitionRepository::match, player, player);
    }

    /** The ids of the players named. */
    public List<Long> playerIds(Collection<String> names) {
        return List.copyOf(idsByName(names).values());
    }

    /** The players named, name to id; names of no stored player are left out. */
    public Map<String, Long> idsByName(Collection<String> names) {
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        // One parameter for any number of names: joined on the unit separator, which no name may hold.
        jdbc.list(
                "select id, name from player where name = any(string_to_array(?, chr(31)))",
                rs -> ids.put(rs.getString(2), rs.getLong(1)),
                String.join("\u001f", names));
        return ids;
    }

    /** The id of the player with this name. */
    public Optional<Long> playerId(String name) {
        return jdbc.one("select id from player where name = ?", rs -> rs.getLong(1), name);
    }

    public long highestTournamentId() {
        return jdbc.one("select coalesce(max(id), 0) from tournament", rs -> rs.getLong(1))
                .orElse(0L);
    }

    public long highestPlayerId() {
        return jdbc.one("select coalesce(max(id), 0) from player", rs -> rs.getLong(1))
                .orElse(0L);
    }

    /** Sets a tournament's points; false when there is no such tournament. */
    boolean setPoints(long tournamentId, Points points) {
        return jdbc.update(
                        "update tournament set points_win = ?, points_tie = ?, points_no_result = ? where id = ?",
                        points.win(),
                        points.tie(),
                        points.noResult(),
                        tournamentId)
                == 1;
    }

    private static MatchRow match(ResultSet rs) throws SQLException {
        return new MatchRow(rs.getLong("id"), rs.getString("stage"), rs.getInt("version"));
    }
}
