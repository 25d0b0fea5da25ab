package cricket.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.cricsheet.CricsheetFormatException;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.cricsheet.CricsheetReplay;
import cricket.cricsheet.MatchInfo;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.ScorecardText;
import cricket.scoring.TossDecision;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./cricket scorecard FILE.json [--format json|text]}: the scorecard of any Cricsheet match file, worked out
 * by the scoring engine from the file's balls. JSON has the public scorecard's shape; with no database behind it,
 * {@code matchId} is the file's id (its name without {@code .json}) and {@code version} the number of events the
 * file became. Exit status 0, or 2 with one line on stderr for a bad argument or a file that cannot be read.
 */
public final class ScorecardCommand {
    static final String USAGE = "usage: ./cricket scorecard FILE.json [--format json|text]"
            + " (json: matchId is the file's id, version the number of events read from it)";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScorecardCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("cricket scorecard: " + e.getMessage() + "; " + USAGE);
            return 2;
        }
        Path file = parsed.file();
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            err.println("cricket scorecard: " + file + ": no such file");
            return 2;
        }
        try {
            CricsheetMatch match = CricsheetReader.read(file);
            MatchState state = CricsheetReplay.replay(match, name);
            out.print(parsed.text() ? text(match.info(), state) : json(match, state));
            out.flush();
            return 0;
        } catch (CricsheetFormatException | UncheckedIOException e) {
            err.println("cricket scorecard: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            // A value the engine's records reject that the reader did not check: still the file's fault.
            err.println("cricket scorecard: " + name + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // A shape nobody foresaw: still one line, with enough to find the cause, rather than a stack trace.
            err.println("cricket scorecard: " + name + ": cannot be scored (" + e + ")");
            return 2;
        }
    }

    /**
     * The engine's card, with what a printed card carries besides the figures and only the file knows: the
     * competition, ground and dates and the toss under the teams, the player of the match under the result.
     */
    static String text(MatchInfo info, MatchState state) {
        int ballsPerOver = state.rules().map(MatchRules::ballsPerOver).orElse(6);
        String card = ScorecardText.render(state.scorecard(), ballsPerOver, state.teams());
        StringBuilder about = new StringBuilder();
        List<String> occasion = new ArrayList<>();
        if (info.competition() != null) {
            occasion.add(info.competition() + (info.matchNumber() == null ? "" : ", match " + info.matchNumber()));
        }
        if (info.venue() != null) {
            boolean cityNamed = info.city() == null || info.venue().contains(info.city());
            occasion.add(info.venue() + (cityNamed ? "" : ", " + info.city()));
        }
        if (!info.dates().isEmpty()) {
            LocalDate first = info.dates().get(0);
            LocalDate last = info.dates().get(info.dates().size() - 1);
            occasion.add(first.equals(last) ? first.toString() : first + " to " + last);
        }
        if (!occasion.isEmpty()) {
            about.append(String.join(" | ", occasion)).append('\n');
        }
        if (info.tossWinner() != null && info.tossDecision() != null) {
            about.append("Toss: ")
                    .append(info.tossWinner())
                    .append(info.tossDecision() == TossDecision.BAT ? ", elected to bat" : ", elected to field")
                    .append('\n');
        }
        int afterTeams = card.indexOf('\n') + 1;
        String withAbout = card.substring(0, afterTeams) + about + card.substring(afterTeams);
        return info.playerOfMatch().isEmpty()
                ? withAbout
                : withAbout + "Player of the match: " + String.join(", ", info.playerOfMatch()) + "\n";
    }

    private static String json(CricsheetMatch match, MatchState state) {
        ObjectNode body = JSON.createObjectNode();
        if (match.matchId() != null) {
            body.put("matchId", match.matchId());
        } else {
            body.put("matchId", match.sourceId());
        }
        body.put("version", state.seq());
        body.setAll((ObjectNode) JSON.valueToTree(state.scorecard()));
        try {
            return JSON.writeValueAsString(body) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scorecard could not be written as JSON", e);
        }
    }

    /** The command's arguments: one file and an optional format. */
    record Arguments(Path file, boolean text) {
        static Arguments parse(String[] args) {
            String file = null;
            String format = "json";
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--format")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--format needs a value: json or text");
                    }
                    format = args[++i];
                } else if (arg.startsWith("--format=")) {
                    format = arg.substring("--format=".length());
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg + "; the only option is --format");
                } else if (file != null) {
                    throw new IllegalArgumentException("one file at a time, got " + file + " and " + arg);
                } else {
                    file = arg;
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("name the Cricsheet JSON file to read");
            }
            if (!format.equals("json") && !format.equals("text")) {
                throw new IllegalArgumentException("--format must be json or text, got \"" + format + "\"");
            }
            return new Arguments(Path.of(file), format.equals("text"));
        }
    }
}
