package cricket.server;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.cricsheet.CricsheetMatch;
import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.Fielder;
import cricket.scoring.MatchEvent;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds fixtures over the admin API, as an admin would: a tournament, the two sides of a real match and their
 * squads (so its events agree with the fixture), and the match. Teams and players are found by name when an
 * earlier fixture of the same test class made them.
 */
public final class Fixtures {
    /** The match whose events most server tests post. */
    public static final CricsheetMatch SOURCE = DevMatches.read("1082591.json");

    private Fixtures() {}

    /**
     * A new match in a new tournament named {@code tournament} (names must be unique per database) between the two
     * sides of {@link #SOURCE}, each with its squad: the players of the file and the substitutes who fielded.
     */
    public static long match(Http admin, String tournament) {
        long t =
                id(admin.post("/api/v1/tournaments", "{\"name\":" + Http.toJson(tournament) + ",\"season\":\"2026\"}"));
        List<Long> sides = new ArrayList<>();
        Map<String, Long> teams = ids(admin, "/api/v1/teams");
        Map<String, Long> players = ids(admin, "/api/v1/players");
        for (Map.Entry<String, Set<String>> squad : squads(SOURCE).entrySet()) {
            long team = idOf(admin, "/api/v1/teams", teams, squad.getKey());
            List<String> ids = new ArrayList<>();
            for (String player : squad.getValue()) {
                ids.add(Long.toString(idOf(admin, "/api/v1/players", players, player)));
            }
            Http.Reply put = admin.put(
                    "/api/v1/tournaments/" + t + "/squads/" + team, "{\"playerIds\":[" + String.join(",", ids) + "]}");
            if (put.status() != 200) {
                throw new IllegalStateException("squad not set: " + put);
            }
            sides.add(team);
        }
        Http.Reply m = admin.post(
                "/api/v1/matches",
                "{\"tournamentId\":" + t + ",\"homeTeamId\":" + sides.get(0) + ",\"awayTeamId\":" + sides.get(1)
                        + ",\"venue\":\"Lord's\",\"startTime\":\"2026-06-01T10:00:00Z\",\"rules\":null}");
        if (m.status() != 201) {
            throw new IllegalStateException("fixture not created: " + m);
        }
        return m.json().get("id").asLong();
    }

    /** A new match as above with {@code scorerId} assigned to score it. */
    public static long assignedMatch(Http admin, String tournament, long scorerId) {
        long matchId = match(admin, tournament);
        Http.Reply assigned = admin.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":[" + scorerId + "]}");
        if (assigned.status() != 200) {
            throw new IllegalStateException("scorer not assigned: " + assigned);
        }
        return matchId;
    }

    /** Each side's squad: its players in the file, and any named substitute who fielded while it bowled. */
    public static Map<String, Set<String>> squads(CricsheetMatch match) {
        Map<String, Set<String>> squads = new java.util.LinkedHashMap<>();
        for (Team team : match.info().teams()) {
            squads.put(team.name(), new LinkedHashSet<>(team.players()));
        }
        for (MatchEvent event : match.events()) {
            if (event instanceof BallBowled ball) {
                Delivery d = ball.delivery();
                Set<String> subs = d.dismissals().stream()
                        .flatMap(x -> x.fielders().stream())
                        .filter(f -> f.substitute() && f.name() != null)
                        .map(Fielder::name)
                        .collect(Collectors.toSet());
                squads.values().stream().filter(s -> s.contains(d.bowler())).forEach(s -> s.addAll(subs));
            }
        }
        return squads;
    }

    private static Map<String, Long> ids(Http admin, String path) {
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode row : admin.get(path).json()) {
            ids.put(row.get("name").asText(), row.get("id").asLong());
        }
        return ids;
    }

    private static long idOf(Http admin, String path, Map<String, Long> known, String name) {
        return known.computeIfAbsent(name, n -> id(admin.post(path, "{\"name\":" + Http.toJson(n) + "}")));
    }

    private static long id(Http.Reply r) {
        if (r.status() != 201) {
            throw new IllegalStateException("not created: " + r);
        }
        return r.json().get("id").asLong();
    }
}
