package cricket.server.publicread;

import cricket.server.competition.Career;
import cricket.server.competition.Standings;
import cricket.server.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** The renderers of the competition's views ({@link ViewKind#TABLE}, {@code LEADERS}, {@code CAREER}). */
final class CompetitionBodies {
    private CompetitionBodies() {}

    /** {@code {tournamentId, version, name, season, points, rows}}: the table the issue names, with its rules. */
    static byte[] table(long tournamentId, int version, Standings s, Json json) {
        Map<String, Object> body = head("tournamentId", tournamentId, version);
        body.put("name", s.name());
        body.put("season", s.season());
        body.put("points", s.points());
        body.put("rows", s.table());
        return json.write(body);
    }

    /** {@code {tournamentId, version, runs, wickets}}. */
    static byte[] leaders(long tournamentId, int version, Standings s, Json json) {
        Map<String, Object> body = head("tournamentId", tournamentId, version);
        body.put("runs", s.leaders().runs());
        body.put("wickets", s.leaders().wickets());
        return json.write(body);
    }

    /**
     * {@code {tournamentId, version, matches}}: every match of the tournament as the match lists show it, by start
     * time; the tournament page groups them by status.
     */
    static byte[] fixtures(long tournamentId, int version, Standings s, Json json) {
        Map<String, Object> body = head("tournamentId", tournamentId, version);
        body.put("matches", s.fixtures());
        return json.write(body);
    }

    /** {@code {playerId, version, player, formats}}. */
    static byte[] career(long playerId, int version, Career career, Json json) {
        Map<String, Object> body = head("playerId", playerId, version);
        body.put("player", career.player());
        body.put("formats", career.formats());
        return json.write(body);
    }

    private static Map<String, Object> head(String idField, long id, int version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(idField, id);
        body.put("version", version);
        return body;
    }
}
