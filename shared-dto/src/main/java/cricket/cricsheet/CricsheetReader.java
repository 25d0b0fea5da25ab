package cricket.cricsheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.scoring.DismissalKind;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.Team;
import cricket.scoring.TossDecision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Cricsheet JSON match file (data version 1.0.0, 1.1.0 or 1.2.0) into its match information and the events
 * a scorer would have recorded. Unknown keys are ignored; reviews and {@code actual_delivery} are not events.
 */
public final class CricsheetReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Law 18.11 (2022 code): a caught batter's replacement takes strike from this date. */
    private static final LocalDate NEW_BATTER_LAW = LocalDate.of(2022, 10, 1);

    private static final Set<String> FREE_HIT_TYPES = Set.of("T20", "IT20", "ODI");
    /** Since 5 July 2015 every no-ball in limited-overs internationals is followed by a free hit (earlier: some). */
    private static final LocalDate FREE_HIT_LAW = LocalDate.of(2015, 7, 5);

    private static final Set<String> MULTI_DAY_TYPES = Set.of("Test", "MDM");

    private CricsheetReader() {}

    public static CricsheetMatch read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new CricsheetFormatException(name + ": no such file", null, name, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** @param sourceName the file name, used in error messages and for the source id ("1082591.json") */
    public static CricsheetMatch read(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CricsheetFormatException(
                    sourceName + ": is not valid JSON: " + e.getOriginalMessage(), e, sourceName, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
        JsonFields file = new JsonFields(sourceName);
        if (root == null || !root.isObject()) {
            throw file.error("the document", "must be a JSON object with meta, info and innings", root);
        }
        List<JsonNode> innings = file.array(root, "innings");
        MatchInfo info = readInfo(root, innings, file);
        EventTranslator translator = new EventTranslator(info, sourceName);
        List<MatchEvent> events = translator.events(innings);
        return new CricsheetMatch(sourceId(sourceName), info, events, translator.balls());
    }

    private static String sourceId(String sourceName) {
        if (sourceName == null) {
            return null;
        }
        String base = Path.of(sourceName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        String id = dot > 0 ? base.substring(0, dot) : base;
        return id.isBlank() ? null : id;
    }

    private static MatchInfo readInfo(JsonNode root, List<JsonNode> innings, JsonFields file) {
        JsonNode info = JsonFields.get(root, "info");
        if (info == null || !info.isObject()) {
            throw file.error("info", "must be an object", info);
        }
        JsonFields f = file.at("info");
        String matchType = f.text(info, "match_type");
        List<LocalDate> dates = dates(info, f);
        List<String> teamNames = f.texts(info, "teams");
        if (teamNames.size() != 2 || teamNames.get(0).equals(teamNames.get(1))) {
            throw f.error("teams", "must name two different teams, got " + teamNames);
        }
        BallsSurvey balls = BallsSurvey.of(innings, teamNames);
        List<Team> teams = new ArrayList<>();
        for (String team : teamNames) {
            try {
                teams.add(new Team(team, withUnlisted(players(info, team, f), balls.shown(team))));
            } catch (IllegalArgumentException e) {
                throw f.invalid(e);
            }
        }
        String tossDecision = f.optionalText(info, "toss.decision");
        JsonNode event = JsonFields.get(info, "event");
        return new MatchInfo(
                file.text(root, "meta.data_version"),
                date(root, "meta.created", file),
                file.optionalWhole(root, "meta.revision", 1, Integer.MAX_VALUE, 1),
                matchType,
                f.optionalWhole(info, "match_type_number", 1, Integer.MAX_VALUE),
                f.optionalText(info, "gender"),
                f.optionalText(info, "team_type"),
                dates,
                f.optionalText(info, "season"),
                f.optionalText(info, "venue"),
                f.optionalText(info, "city"),
                event == null ? null : f.optionalText(event, "name"),
                event == null ? null : f.optionalWhole(event, "match_number", 0, Integer.MAX_VALUE),
                event == null ? null : f.optionalText(event, "group"),
                event == null ? null : f.optionalText(event, "stage"),
                teams,
                rules(info, matchType, dates, innings, balls, f),
                f.optionalText(info, "toss.winner"),
                tossDecision == null ? null : decision(tossDecision, f),
                f.flag(info, "toss.uncontested"),
                officials(info, f),
                f.texts(info, "player_of_match"),
                registry(info, f),
                outcome(info, f));
    }

    /** Team names may hold dots ("St. Lucia Kings"), so the squad is looked up by key, not by dotted path. */
    private static List<String> players(JsonNode info, String team, JsonFields f) {
        JsonNode players = JsonFields.get(info, "players");
        return players == null || !players.has(team)
                ? List.of()
                : f.at("players").texts(players.get(team), null);
    }

    /**
     * Real files now and then leave out of {@code info.players} someone the balls show batting or bowling (a late
     * change to the side), and older files have no {@code players} at all. The balls are the record of what
     * happened, so such a player joins the squad rather than the whole file being refused: every player the file
     * shows playing for the side (batting, bowling, out, absent hurt, replaced) is in it. The engine refuses a side
     * with no players, so a file that names none and shows none is refused.
     */
    private static List<String> withUnlisted(List<String> listed, List<String> shown) {
        Set<String> squad = new LinkedHashSet<>(listed); // a name listed twice is one player, as the balls name them
        squad.addAll(shown);
        List<String> players = List.copyOf(squad);
        return players.equals(listed) ? listed : players;
    }

    private static List<LocalDate> dates(JsonNode info, JsonFields f) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode item : f.array(info, "dates")) {
            try {
                dates.add(LocalDate.parse(item.asText()));
            } catch (DateTimeParseException e) {
                throw f.error("dates", "must hold YYYY-MM-DD dates", item);
            }
        }
        if (dates.isEmpty()) {
            throw f.error("dates", "must list at least one date", JsonFields.get(info, "dates"));
        }
        // The first day decides which Laws applied and the fixture's start, the last its last day: in order, once.
        return dates.stream().distinct().sorted().toList();
    }

    private static LocalDate date(JsonNode node, String path, JsonFields f) {
        String text = f.optionalText(node, path);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw f.error(path, "must be a YYYY-MM-DD date", JsonFields.get(node, path));
        }
    }

    private static TossDecision decision(String text, JsonFields f) {
        return switch (text) {
            case "bat" -> TossDecision.BAT;
            case "field" -> TossDecision.FIELD;
            default -> throw f.error("toss.decision", "must be \"bat\" or \"field\", got \"" + text + "\"");
        };
    }

    private static MatchRules rules(
            JsonNode info,
            String matchType,
            List<LocalDate> dates,
            List<JsonNode> innings,
            BallsSurvey balls,
            JsonFields f) {
        int ballsPerOver = f.whole(info, "balls_per_over", 4, 8);
        boolean superOver = innings.stream().anyMatch(i -> f.flag(i, "super_over"));
        return new MatchRules(
                f.optionalWhole(info, "overs", 1, 1000),
                ballsPerOver,
                balls.smallestNoBall() == 2 ? 2 : 1,
                FREE_HIT_TYPES.contains(matchType) && !dates.get(0).isBefore(FREE_HIT_LAW) && !balls.outOnAFreeHit(),
                superOver,
                MULTI_DAY_TYPES.contains(matchType) ? 2 : 1,
                ballsPerOver == 5,
                !dates.get(0).isBefore(NEW_BATTER_LAW),
                superOverWickets(innings));
    }

    /**
     * Two wickets end a super-over innings under the ICC's playing conditions, but the Laws set no such limit and a
     * competition's record may show a side batting on after its second (756767.json): then the match was played to
     * its own condition, and the engine must not end the innings early.
     */
    private static int superOverWickets(List<JsonNode> innings) {
        int wickets = MatchRules.SUPER_OVER_WICKETS;
        for (JsonNode inning : innings) {
            if (!inning.path("super_over").asBoolean(false)) {
                continue;
            }
            List<JsonNode> balls = deliveries(inning);
            int fallen = 0;
            for (int i = 0; i < balls.size() - 1; i++) {
                for (JsonNode wicket : balls.get(i).path("wickets")) {
                    fallen += isWicket(wicket.path("kind").asText()) ? 1 : 0;
                }
            }
            wickets = Math.max(wickets, Math.min(10, fallen + 1));
        }
        return wickets;
    }

    private static boolean isWicket(String kind) {
        try {
            return DismissalKind.fromCricsheet(kind).isWicket();
        } catch (IllegalArgumentException e) {
            return false; // an unknown kind: the delivery's own reading names it
        }
    }

    /** An innings' deliveries in file order, read before the reader checks them (so missing parts are empty). */
    private static List<JsonNode> deliveries(JsonNode inning) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode over : inning.path("overs")) {
            over.path("deliveries").forEach(all::add);
        }
        return all;
    }

    private static Map<String, List<String>> officials(JsonNode info, JsonFields f) {
        Map<String, List<String>> officials = new LinkedHashMap<>();
        JsonNode node = JsonFields.get(info, "officials");
        if (node != null) {
            node.fields()
                    .forEachRemaining(role -> officials.put(
                            role.getKey(), f.at("officials." + role.getKey()).texts(role.getValue(), null)));
        }
        return officials;
    }

    private static Map<String, String> registry(JsonNode info, JsonFields f) {
        Map<String, String> people = new LinkedHashMap<>();
        JsonNode node = JsonFields.get(info, "registry.people");
        if (node != null) {
            node.fields()
                    .forEachRemaining(
                            entry -> people.put(entry.getKey(), entry.getValue().asText()));
        }
        return people;
    }

    private static MatchInfo.Outcome outcome(JsonNode info, JsonFields f) {
        JsonNode node = JsonFields.get(info, "outcome");
        if (node == null) {
            return null;
        }
        JsonFields o = f.at("outcome");
        String result = o.optionalText(node, "result");
        if (result != null && !Set.of("tie", "draw", "no result").contains(result)) {
            throw o.error("result", "must be \"tie\", \"draw\" or \"no result\", got \"" + result + "\"");
        }
        return new MatchInfo.Outcome(
                o.optionalText(node, "winner"),
                o.optionalWhole(node, "by.runs", 0, Integer.MAX_VALUE),
                o.optionalWhole(node, "by.wickets", 0, 10),
                JsonFields.get(node, "by.innings") != null,
                o.optionalText(node, "method"),
                result,
                o.optionalText(node, "eliminator"),
                o.optionalText(node, "bowl_out"));
    }
}
