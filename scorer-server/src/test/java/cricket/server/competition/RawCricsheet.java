package cricket.server.competition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures read straight from a Cricsheet file's JSON, without the engine: the separate, simple computation the
 * competition's tests hold the table and leaders to.
 */
final class RawCricsheet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_OUT = Set.of("retired hurt", "retired not out");
    private static final Set<String> BOWLERS =
            Set.of("bowled", "caught", "caught and bowled", "lbw", "stumped", "hit wicket");

    record Innings(
            String team,
            int runs,
            int legalBalls,
            int wickets,
            boolean superOver,
            Integer targetRuns,
            String targetOvers) {}

    /** A batter's or bowler's figures in one file, keyed by name. */
    static final class Player {
        int battingInnings;
        int runs;
        int balls;
        int outs;
        int bowlingInnings;
        int legalBalls;
        int conceded;
        int wickets;
    }

    final JsonNode root;
    final List<Innings> innings = new ArrayList<>();
    final Map<String, Player> players = new LinkedHashMap<>();

    RawCricsheet(Path file) {
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode in : root.path("innings")) {
            boolean superOver = in.path("super_over").asBoolean(false);
            int runs = in.path("penalty_runs").path("pre").asInt(0)
                    + in.path("penalty_runs").path("post").asInt(0);
            int legal = 0;
            int wickets = 0;
            Set<String> batted = new LinkedHashSet<>();
            Set<String> bowled = new LinkedHashSet<>();
            for (JsonNode over : in.path("overs")) {
                for (JsonNode d : over.path("deliveries")) {
                    runs += d.path("runs").path("total").asInt();
                    JsonNode extras = d.path("extras");
                    boolean wide = extras.has("wides");
                    boolean legalBall = !wide && !extras.has("noballs");
                    if (legalBall) {
                        legal++;
                    }
                    for (JsonNode w : d.path("wickets")) {
                        if (!NOT_OUT.contains(w.path("kind").asText())) {
                            wickets++;
                        }
                    }
                    if (superOver) {
                        continue;
                    }
                    String batter = d.path("batter").asText();
                    batted.add(batter);
                    batted.add(d.path("non_striker").asText());
                    Player b = player(batter);
                    b.runs += d.path("runs").path("batter").asInt();
                    if (!wide) {
                        b.balls++;
                    }
                    Player bowler = player(d.path("bowler").asText());
                    bowled.add(d.path("bowler").asText());
                    bowler.conceded += d.path("runs").path("batter").asInt()
                            + extras.path("wides").asInt(0)
                            + extras.path("noballs").asInt(0);
                    if (legalBall) {
                        bowler.legalBalls++;
                    }
                    for (JsonNode w : d.path("wickets")) {
                        String kind = w.path("kind").asText();
                        String out = w.path("player_out").asText();
                        batted.add(out);
                        if (!NOT_OUT.contains(kind)) {
                            player(out).outs++;
                        }
                        if (BOWLERS.contains(kind)) {
                            bowler.wickets++;
                        }
                    }
                }
            }
            batted.forEach(name -> player(name).battingInnings++);
            bowled.forEach(name -> player(name).bowlingInnings++);
            JsonNode target = in.path("target");
            innings.add(new Innings(
                    in.path("team").asText(),
                    runs,
                    legal,
                    wickets,
                    superOver,
                    target.has("runs") ? target.path("runs").asInt() : null,
                    target.has("overs") ? target.path("overs").asText() : null));
        }
    }

    private Player player(String name) {
        return players.computeIfAbsent(name, n -> new Player());
    }

    List<String> teams() {
        List<String> teams = new ArrayList<>();
        root.path("info").path("teams").forEach(t -> teams.add(t.asText()));
        return teams;
    }

    /** The team a player was picked for. */
    String teamOf(String player) {
        for (String team : teams()) {
            for (JsonNode p : root.path("info").path("players").path(team)) {
                if (p.asText().equals(player)) {
                    return team;
                }
            }
        }
        return null;
    }

    Integer overs() {
        JsonNode overs = root.path("info").path("overs");
        return overs.isMissingNode() || overs.isNull() ? null : overs.asInt();
    }

    int ballsPerOver() {
        return root.path("info").path("balls_per_over").asInt(6);
    }

    String stage() {
        JsonNode stage = root.path("info").path("event").path("stage");
        return stage.isMissingNode() ? null : stage.asText();
    }

    JsonNode outcome() {
        return root.path("info").path("outcome");
    }

    /** The winner, the super over's or bowl-out's ({@code eliminator}, {@code bowl_out}) too; null if none. */
    String winner() {
        JsonNode o = outcome();
        for (String field : List.of("winner", "eliminator", "bowl_out")) {
            if (o.has(field)) {
                return o.path(field).asText();
            }
        }
        return null;
    }

    String result() {
        return outcome().path("result").asText("");
    }

    boolean oneInningsASide() {
        return root.path("info").path("match_type").asText().matches("T20|IT20|ODI|ODM");
    }
}
