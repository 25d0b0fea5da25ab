package cricket.server.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import cricket.cricsheet.CricsheetFormatException;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.cricsheet.CricsheetReplay;
import cricket.cricsheet.MatchInfo;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchState;
import cricket.scoring.Scorecard;
import cricket.scoring.ScorecardText;
import cricket.scoring.TossDecision;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./cricket scorecard FILE_OR_DIR... [--format json|text|jsonl]}: the scorecard of Cricsheet match files,
 * worked out by the scoring engine from each file's balls; a folder stands for the .json files in it. JSON has the
 * public scorecard's shape; with no database behind it, {@code matchId} is the file's id (its name without
 * {@code .json}) and {@code version} the number of events the file became. {@code jsonl} prints one line per file,
 * {@code {"file": NAME, "scorecard": {...}}} or {@code {"file": NAME, "error": "..."}}, in the order given, all in
 * this one process (files are scored in parallel). Exit status 0 when every file was scored, else 2: with json or
 * text each bad file gets one line on stderr; a bad argument gets one line there too.
 */
public final class ScorecardCommand {
    static final String USAGE = "usage: ./cricket scorecard FILE_OR_DIR... [--format json|text|jsonl]"
            + " (json: matchId is the file's id, version the number of events read from it;"
            + " jsonl: one line per file, {\"file\", \"scorecard\"} or {\"file\", \"error\"})";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINES = new ObjectMapper();

    private ScorecardCommand() {}

    /** How the cards are printed. */
    enum Format {
        JSON,
        TEXT,
        JSONL
    }

    /** One file's card, or the one line saying why it has none. */
    private record Scored(String file, CricsheetMatch match, MatchState state, String error) {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments parsed;
        List<Path> files;
        try {
            parsed = Arguments.parse(args);
            files = MatchFiles.of(parsed.paths());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            boolean usage =
                    e instanceof IllegalArgumentException && !e.getMessage().endsWith("no such file");
            err.println("cricket scorecard: " + e.getMessage() + (usage ? "; " + USAGE : ""));
            return 2;
        }
        boolean allScored = parsed.format() == Format.JSONL ? lines(files, out) : cards(files, parsed, out, err);
        out.flush();
        return allScored ? 0 : 2;
    }

    private static boolean cards(List<Path> files, Arguments parsed, PrintStream out, PrintStream err) {
        boolean allScored = true;
        for (Path file : files) {
            Scored scored = score(file);
            if (scored.error() != null) {
                err.println("cricket scorecard: " + scored.error());
                allScored = false;
            } else {
                out.print(
                        parsed.format() == Format.TEXT
                                ? text(scored.match().info(), scored.state())
                                : json(scored.match(), scored.state()));
            }
        }
        return allScored;
    }

    /**
     * One line per file, in the order given, scored in parallel on every core: a whole archive in one process. Each
     * line is written straight from the engine's card (no JSON tree between), as the public views are.
     */
    private static boolean lines(List<Path> files, PrintStream out) {
        boolean[] allScored = {true};
        files.parallelStream().map(ScorecardCommand::line).forEachOrdered(line -> {
            allScored[0] &= line.scored();
            out.println(line.json());
        });
        return allScored[0];
    }

    /** A file's line and whether it holds a card. */
    private record Line(String json, boolean scored) {}

    private static Line line(Path file) {
        Scored scored = score(file);
        Object line = scored.error() != null
                ? new ErrorLine(scored.file(), scored.error())
                : new CardLine(scored.file(), body(scored.match(), scored.state()));
        try {
            return new Line(LINES.writeValueAsString(line), scored.error() == null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(scored.file() + ": the scorecard could not be written as JSON", e);
        }
    }

    private record CardLine(String file, Body scorecard) {}

    private record ErrorLine(String file, String error) {}

    /** The public scorecard's shape: matchId and version first, then the card's own fields. */
    private record Body(
            Object matchId, int version, @JsonUnwrapped Scorecard card) {}

    private static Scored score(Path file) {
        String name = MatchFiles.name(file);
        try {
            CricsheetMatch match = CricsheetReader.read(file);
            return new Scored(name, match, CricsheetReplay.replay(match, name), null);
        } catch (CricsheetFormatException | UncheckedIOException e) {
            return new Scored(name, null, null, e.getMessage());
        } catch (IllegalArgumentException e) {
            // A value the engine's records reject that the reader did not check: still the file's fault.
            return new Scored(name, null, null, name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A shape nobody foresaw: still one line, with enough to find the cause, rather than a stack trace.
            return new Scored(name, null, null, name + ": cannot be scored (" + e + ")");
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
        try {
            return JSON.writeValueAsString(body(match, state)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scorecard could not be written as JSON", e);
        }
    }

    private static Body body(CricsheetMatch match, MatchState state) {
        Object matchId = match.matchId() != null ? match.matchId() : match.sourceId();
        return new Body(matchId, state.seq(), state.scorecard());
    }

    /** The command's arguments: files or folders, and an optional format. */
    record Arguments(List<Path> paths, Format format) {
        static Arguments parse(String[] args) {
            List<Path> paths = new ArrayList<>();
            String format = "json";
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--format")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--format needs a value: json, text or jsonl");
                    }
                    format = args[++i];
                } else if (arg.startsWith("--format=")) {
                    format = arg.substring("--format=".length());
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg + "; the only option is --format");
                } else {
                    paths.add(Path.of(arg));
                }
            }
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("name the Cricsheet JSON files or folders to read");
            }
            return switch (format) {
                case "json" -> new Arguments(paths, Format.JSON);
                case "text" -> new Arguments(paths, Format.TEXT);
                case "jsonl" -> new Arguments(paths, Format.JSONL);
                default ->
                    throw new IllegalArgumentException("--format must be json, text or jsonl, got \"" + format + "\"");
            };
        }
    }
}
