package cricket.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scorecard computed straight from a Cricsheet file's raw JSON by the rules of the format's section 6, with no
 * code shared with the reader or the engine, so that a replay can be checked against it.
 */
final class FileExpectations {
    private static final Set<String> NOT_WICKETS = Set.of("retired hurt", "retired not out");
    private static final Set<String> BOWLER_CREDIT =
            Set.of("bowled", "caught", "caught and bowled", "lbw", "stumped", "hit wicket");

    record Figures(int runs, int balls, int wickets) {}

    record Innings(
            String team,
            boolean superOver,
            int runs,
            int wickets,
            int legalBalls,
            int wides,
            int noballs,
            int byes,
            int legbyes,
            int penalty,
            Map<String, Figures> batters,
            Map<String, Figures> bowlers) {}

    final JsonNode root;
    final List<Innings> innings = new ArrayList<>();

    private FileExpectations(JsonNode root) {
        this.root = root;
        for (JsonNode inning : root.path("innings")) {
            innings.add(innings(inning));
        }
    }

    static JsonNode json(String file) {
        try (InputStream in = resource(file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real match ("1082591.json") or a file in another resource folder ("cricsheet-edge/bowl-out.json"). */
    static InputStream resource(String file) {
        String path = file.contains("/") ? "/" + file : "/cricsheet/" + file;
        InputStream in = FileExpectations.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("test resource " + path + " is missing");
        }
        return in;
    }

    static FileExpectations of(String file) {
        return new FileExpectations(json(file));
    }

    JsonNode outcome() {
        return root.path("info").path("outcome");
    }

    private static Innings innings(JsonNode inning) {
        int runs = inning.path("penalty_runs").path("pre").asInt(0)
                + inning.path("penalty_runs").path("post").asInt(0);
        int penalty = runs;
        int wickets = 0;
        int legal = 0;
        int wides = 0;
        int noballs = 0;
        int byes = 0;
        int legbyes = 0;
        Map<String, Figures> batters = new LinkedHashMap<>();
        Map<String, Figures> bowlers = new LinkedHashMap<>();
        for (JsonNode over : inning.path("overs")) {
            for (JsonNode d : over.path("deliveries")) {
                JsonNode extras = d.path("extras");
                int w = extras.path("wides").asInt(0);
                int nb = extras.path("noballs").asInt(0);
                int batterRuns = d.path("runs").path("batter").asInt();
                boolean isLegal = w == 0 && nb == 0;
                runs += d.path("runs").path("total").asInt();
                legal += isLegal ? 1 : 0;
                wides += w;
                noballs += nb;
                byes += extras.path("byes").asInt(0);
                legbyes += extras.path("legbyes").asInt(0);
                penalty += extras.path("penalty").asInt(0);
                int credited = 0;
                for (JsonNode wicket : d.path("wickets")) {
                    String kind = wicket.path("kind").asText();
                    wickets += NOT_WICKETS.contains(kind) ? 0 : 1;
                    credited += BOWLER_CREDIT.contains(kind) ? 1 : 0;
                }
                batters.merge(
                        d.path("batter").asText(), new Figures(batterRuns, w == 0 ? 1 : 0, 0), FileExpectations::add);
                bowlers.merge(
                        d.path("bowler").asText(),
                        new Figures(batterRuns + w + nb, isLegal ? 1 : 0, credited),
                        FileExpectations::add);
            }
        }
        return new Innings(
                inning.path("team").asText(),
                inning.path("super_over").asBoolean(false),
                runs,
                wickets,
                legal,
                wides,
                noballs,
                byes,
                legbyes,
                penalty,
                batters,
                bowlers);
    }

    private static Figures add(Figures a, Figures b) {
        return new Figures(a.runs() + b.runs(), a.balls() + b.balls(), a.wickets() + b.wickets());
    }
}
