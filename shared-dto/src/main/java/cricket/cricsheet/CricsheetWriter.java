package cricket.cricsheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.Team;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a match as a Cricsheet JSON file, data version {@value #DATA_VERSION}: the version of the official format
 * page, with {@code forfeited} and {@code toss.uncontested}. 1.2.0's {@code actual_delivery} labels are not
 * written (readers derive them from the legal balls), nor are reviews, which are not events. Only the effective
 * events count: an {@code Undo} voids the newest effective event and a {@code ReplaceBall} edits a ball in place.
 */
public final class CricsheetWriter {
    public static final String DATA_VERSION = "1.1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CricsheetWriter() {}

    public static String write(CricsheetMatch match) {
        return write(match.info(), match.events());
    }

    public static String write(MatchInfo info, List<? extends MatchEvent> events) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode meta = root.putObject("meta");
        meta.put("data_version", DATA_VERSION);
        LocalDate created = info.created() != null ? info.created() : LocalDate.now(java.time.ZoneOffset.UTC);
        meta.put("created", created.toString());
        meta.put("revision", info.revision());
        InningsWriter innings = new InningsWriter(MAPPER, info.rules());
        innings.write(EffectiveEvents.of(events));
        MatchInfo.Outcome outcome = info.outcome() != null ? info.outcome() : innings.recordedOutcome();
        root.set("info", info(info, outcome));
        root.set("innings", innings.json());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a Cricsheet document could not be serialised", e);
        }
    }

    private static ObjectNode info(MatchInfo info, MatchInfo.Outcome outcome) {
        MatchRules rules = info.rules();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("balls_per_over", rules.ballsPerOver());
        putIfPresent(node, "city", info.city());
        ArrayNode dates = node.putArray("dates");
        info.dates().forEach(d -> dates.add(d.toString()));
        if (info.competition() != null || info.matchNumber() != null || info.stage() != null) {
            ObjectNode event = node.putObject("event");
            putIfPresent(event, "name", info.competition());
            if (info.matchNumber() != null) {
                event.put("match_number", info.matchNumber());
            }
            putIfPresent(event, "group", info.group());
            putIfPresent(event, "stage", info.stage());
        }
        putIfPresent(node, "gender", info.gender());
        node.put("match_type", info.matchType());
        if (info.matchTypeNumber() != null) {
            node.put("match_type_number", info.matchTypeNumber());
        }
        if (!info.officials().isEmpty()) {
            ObjectNode officials = node.putObject("officials");
            info.officials().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> e.getValue().forEach(officials.withArray(e.getKey())::add));
        }
        if (outcome != null) {
            node.set("outcome", outcome(outcome));
        }
        if (rules.oversPerInnings() != null) {
            node.put("overs", rules.oversPerInnings());
        }
        if (!info.playerOfMatch().isEmpty()) {
            info.playerOfMatch().forEach(node.putArray("player_of_match")::add);
        }
        ObjectNode players = node.putObject("players");
        for (Team team : info.teams()) {
            team.players().forEach(players.putArray(team.name())::add);
        }
        if (!info.registry().isEmpty()) {
            ObjectNode people = node.putObject("registry").putObject("people");
            info.registry().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> people.put(e.getKey(), e.getValue()));
        }
        putIfPresent(node, "season", info.season());
        putIfPresent(node, "team_type", info.teamType());
        ArrayNode teams = node.putArray("teams");
        info.teams().forEach(t -> teams.add(t.name()));
        ObjectNode toss = node.putObject("toss");
        if (info.tossDecision() != null) {
            toss.put("decision", info.tossDecision().name().toLowerCase(java.util.Locale.ROOT));
        }
        putIfPresent(toss, "winner", info.tossWinner());
        if (info.tossUncontested()) {
            toss.put("uncontested", true);
        }
        putIfPresent(node, "venue", info.venue());
        return node;
    }

    private static ObjectNode outcome(MatchInfo.Outcome o) {
        ObjectNode node = MAPPER.createObjectNode();
        if (o.byRuns() != null || o.byWickets() != null) {
            ObjectNode by = node.putObject("by");
            if (o.byInnings()) {
                by.put("innings", 1);
            }
            if (o.byRuns() != null) {
                by.put("runs", o.byRuns());
            }
            if (o.byWickets() != null) {
                by.put("wickets", o.byWickets());
            }
        }
        putIfPresent(node, "bowl_out", o.bowlOutWinner());
        putIfPresent(node, "eliminator", o.eliminator());
        putIfPresent(node, "method", o.method());
        putIfPresent(node, "result", o.result());
        putIfPresent(node, "winner", o.winner());
        return node;
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
