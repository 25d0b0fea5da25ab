package cricket.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.server.DevMatches;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path IPL = DevMatches.DIR.resolve("1082591.json");

    @TempDir
    Path dir;

    /** What one run of the command printed. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScorecardCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsTheDefaultAndHasEveryFieldTheDesignNames() throws Exception {
        Run run = run(IPL.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode card = JSON.readTree(run.out());
        assertThat(fields(card)).contains("matchId", "version", "status", "teams", "result", "innings");
        assertThat(fields(card.get("result")))
                .contains("text", "winner", "kind", "margin", "method", "superOverWinner");
        JsonNode first = card.get("innings").get(0);
        assertThat(fields(first))
                .contains(
                        "number",
                        "battingTeam",
                        "superOver",
                        "runs",
                        "wickets",
                        "legalBalls",
                        "overs",
                        "declared",
                        "target",
                        "extras",
                        "batting",
                        "bowling",
                        "fallOfWickets");
        assertThat(fields(first.get("extras"))).contains("wides", "noballs", "byes", "legbyes", "penalty", "total");
        assertThat(fields(first.get("batting").get(0)))
                .contains("name", "runs", "balls", "fours", "sixes", "dismissal", "out");
        assertThat(fields(first.get("bowling").get(0)))
                .contains("name", "overs", "legalBalls", "maidens", "runs", "wickets", "wides", "noballs");
        assertThat(fields(first.get("fallOfWickets").get(0))).contains("wicket", "runs", "overs", "player");
        assertThat(fields(card.get("innings").get(1).get("target"))).contains("runs", "overs");
    }

    @Test
    void theJsonScorecardCarriesTheFilesIdItsEventCountAndTheEnginesFigures() throws Exception {
        JsonNode card = JSON.readTree(run(IPL.toString(), "--format", "json").out());

        assertThat(card.get("matchId").asLong()).isEqualTo(1082591L);
        assertThat(card.get("version").asInt())
                .isEqualTo(DevMatches.read("1082591.json").events().size());
        assertThat(card.get("status").asText()).isEqualTo("COMPLETED");
        // Sunrisers 207/4 in 20 overs beat Royal Challengers, 172 all out in 19.4, by 35 runs (IPL 2017, match 1).
        assertThat(card.at("/innings/0/runs").asInt()).isEqualTo(207);
        assertThat(card.at("/innings/0/wickets").asInt()).isEqualTo(4);
        assertThat(card.at("/innings/1/overs").asText()).isEqualTo("19.4");
        assertThat(card.at("/innings/1/target/runs").asInt()).isEqualTo(208);
        assertThat(card.at("/result/kind").asText()).isEqualTo("RUNS");
        assertThat(card.at("/result/margin").asInt()).isEqualTo(35);
        assertThat(card.at("/result/winner").asText()).isEqualTo("Sunrisers Hyderabad");
    }

    @Test
    void theTextScorecardReadsLikeAPrintedOne() {
        Run run = run(IPL.toString(), "--format", "text");

        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Sunrisers Hyderabad v Royal Challengers Bangalore");
        assertThat(lines).anyMatch(l -> l.matches("\\s+Yuvraj Singh\\s+b TS Mills\\s+62\\s+27\\s+7\\s+3\\s+229\\.63"));
        assertThat(lines).anyMatch(l -> l.matches("\\s+Extras\\s+7\\s+\\(lb 1, w 5, nb 1\\)"));
        assertThat(lines).anyMatch(l -> l.matches("\\s+Total\\s+207/4\\s+\\(20 overs, RR 10\\.35\\)"));
        assertThat(lines).anyMatch(l -> l.matches("\\s+Total\\s+172\\s+\\(all out, 19\\.4 overs, RR 8\\.75\\)"));
        assertThat(lines).anyMatch(l -> l.matches("\\s+TS Mills\\s+4\\s+0\\s+31\\s+1\\s+1\\s+0\\s+7\\.75"));
        assertThat(lines).anyMatch(l -> l.startsWith("  Fall of wickets: 1-19 (DA Warner, 1.4),"));
        assertThat(lines.get(lines.size() - 2)).isEqualTo("Result: Sunrisers Hyderabad won by 35 runs");
    }

    @Test
    void theTextScorecardNamesTheOccasionTheTossAndThePlayerOfTheMatchAsTheFileGivesThem() throws Exception {
        JsonNode info = JSON.readTree(IPL.toFile()).get("info");

        List<String> lines =
                run(IPL.toString(), "--format", "text").out().lines().toList();

        assertThat(lines.get(1))
                .startsWith(info.at("/event/name").asText() + ", match "
                        + info.at("/event/match_number").asInt())
                .contains(info.get("venue").asText())
                .endsWith(info.at("/dates/0").asText());
        assertThat(lines.get(2))
                .isEqualTo("Toss: " + info.at("/toss/winner").asText() + ", elected to "
                        + info.at("/toss/decision").asText());
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo(
                        "Player of the match: " + info.at("/player_of_match/0").asText());
    }

    @Test
    void everyDevMatchGivesAScorecardInBothFormats() {
        for (Path file : DevMatches.files()) {
            Run json = run(file.toString());
            Run text = run(file.toString(), "--format=text");

            assertThat(json.status()).as(file.toString()).isZero();
            assertThat(text.status()).as(file.toString()).isZero();
            assertThat(text.out()).as(file.toString()).contains("Result: ");
        }
    }

    @Test
    void everySyntheticEdgeFileGivesAScorecardInBothFormats() throws Exception {
        List<Path> files;
        try (var listing = Files.list(DevMatches.DIR.resolveSibling("cricsheet-edge"))) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path file : files) {
            Run json = run(file.toString());
            Run text = run(file.toString(), "--format", "text");

            assertThat(json.err()).as(file.toString()).isEmpty();
            assertThat(json.status()).as(file.toString()).isZero();
            assertThat(JSON.readTree(json.out()).get("result").get("text").asText())
                    .as(file.toString())
                    .isNotBlank();
            assertThat(text.status()).as(file.toString()).isZero();
        }
    }

    @Test
    void aFileTheReaderCannotTakeGetsOneLineNamingTheFileInningsOverAndField() throws Exception {
        String broken = Files.readString(IPL).replaceFirst("\"batter\": 1,", "\"batter\": \"one\",");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, broken);

        Run run = run(file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err())
                .matches("cricket scorecard: broken\\.json: innings 1, over \\d+\\.\\d+: runs\\.batter must be a whole"
                        + " number 0-8, got \"one\"\\R");
    }

    @Test
    void aFileThatIsNotJsonGetsOneLine() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "not a match");

        Run run = run(file.toString(), "--format", "text");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("cricket scorecard: notes.json: is not valid JSON");
    }

    @Test
    void aMissingFileIsNamed() {
        Run run = run(dir.resolve("nowhere.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("cricket scorecard: " + dir.resolve("nowhere.json") + ": no such file");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheChoices() {
        Run run = run(IPL.toString(), "--format", "xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err())
                .startsWith("cricket scorecard: --format must be json, text or jsonl, got \"xml\"; usage:");
    }

    @Test
    void noFileIsAUsageError() {
        Run run = run();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("cricket scorecard: name the Cricsheet JSON files or folders to read; usage: ./cricket");
    }

    @Test
    void jsonlGivesOneLinePerFileOfAFolderInNameOrderWithItsCardOrItsError() throws Exception {
        Files.copy(DevMatches.DIR.resolve("336025.json"), dir.resolve("336025.json"));
        Files.copy(IPL, dir.resolve("1082591.json"));
        Files.writeString(dir.resolve("broken.json"), "not a match");
        Files.writeString(dir.resolve("README.md"), "not a match file either");

        Run run = run(dir.toString(), "--format", "jsonl");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines)
                .extracting(l -> l.get("file").asText())
                .containsExactly("1082591.json", "336025.json", "broken.json");
        assertThat(lines.get(0).at("/scorecard/result/text").asText()).isEqualTo("Sunrisers Hyderabad won by 35 runs");
        assertThat(lines.get(1).at("/scorecard/result/text").asText())
                .isEqualTo("Chennai Super Kings won by 3 runs (D/L)");
        assertThat(lines.get(1).at("/scorecard/matchId").asText()).isEqualTo("336025");
        assertThat(lines.get(2).has("scorecard")).isFalse();
        assertThat(lines.get(2).get("error").asText()).startsWith("broken.json: is not valid JSON");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonlCardsAreTheCardsEachFileGivesAlone() throws Exception {
        Run run = run(DevMatches.DIR.toString(), "--format=jsonl");

        List<String> lines = run.out().lines().toList();
        List<Path> files;
        try (var listed = Files.list(DevMatches.DIR)) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(run.status()).isZero();
        assertThat(lines).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line.get("file").asText())
                    .isEqualTo(files.get(i).getFileName().toString());
            assertThat(line.get("scorecard"))
                    .as(files.get(i).toString())
                    .isEqualTo(JSON.readTree(run(files.get(i).toString()).out()));
        }
    }

    @Test
    void aMissingFolderIsNamedWithoutScoringTheRest() {
        Run run = run(IPL.toString(), dir.resolve("nowhere").toString(), "--format", "jsonl");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("cricket scorecard: " + dir.resolve("nowhere") + ": no such file");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
