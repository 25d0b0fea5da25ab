package cricket.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportCommandTest {
    static App app;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The embedded database as an operator would name it in DATABASE_URL. */
    static Map<String, String> env() {
        String jdbc = TestServer.pool().getJdbcUrl();
        return Map.of("DATABASE_URL", jdbc.replace("jdbc:postgresql://", "postgres://postgres:postgres@"));
    }

    @Test
    void importsEachFileIntoDatabaseUrlWithAProgressLineAndFailsOnABadOne() {
        String good1 = DevMatches.DIR.resolve("1082628.json").toString();
        String good2 = DevMatches.DIR.resolve("1187680.json").toString();
        String missing = DevMatches.DIR.resolve("no-such-match.json").toString();
        int before = new Http(app).get("/api/v1/matches").json().size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ImportCommand.run(
                new String[] {good1, good2, missing}, env(), new PrintStream(out, true), new PrintStream(err, true));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isEqualTo(1);
        assertThat(printed)
                .contains("[1/3] " + good1 + ": ")
                .contains("[2/3] " + good2 + ": ")
                .contains("[3/3] " + missing + ": FAILED")
                .contains("imported 2 of 3 files");
        JsonNode matches = new Http(app).get("/api/v1/matches").json();
        assertThat(matches).hasSize(before + 2);
    }

    @Test
    void aSecondImportOfTheSameFileSaysItIsAlreadyThere() {
        String file = DevMatches.DIR.resolve("1262757.json").toString();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
        assertThat(ImportCommand.run(new String[] {file}, env(), quiet, quiet)).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ImportCommand.run(new String[] {file}, env(), new PrintStream(out, true), quiet);

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already imported as match");
    }

    @Test
    void withRedisUrlTheImportedMatchesViewsAreInTheServersCacheAtTheirVersion() {
        String file = DevMatches.DIR.resolve("1521264.json").toString();
        Map<String, String> env = new HashMap<>(env());
        env.put("REDIS_URL", TestServer.redisUrl());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);

        int status = ImportCommand.run(new String[] {file}, env, new PrintStream(out, true), quiet);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
        long matchId = Long.parseLong(printed.replaceAll("(?s).*, match (\\d+)\\R.*", "$1"));
        int events = new Http(app)
                .get("/api/v1/matches/" + matchId + "/events")
                .json()
                .size();
        for (String kind : List.of("live", "scorecard", "commentary")) {
            assertThat(CacheTestKit.redisVersion(matchId, kind)).as(kind).isEqualTo(events);
        }
    }

    @Test
    void aBadRedisUrlIsRefusedNamingItBeforeAnythingIsImported() {
        Map<String, String> env = new HashMap<>(env());
        env.put("REDIS_URL", "localhost:6379");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
        int before = new Http(app).get("/api/v1/matches").json().size();

        int status = ImportCommand.run(
                new String[] {DevMatches.DIR.resolve("1031659.json").toString()},
                env,
                quiet,
                new PrintStream(err, true));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("REDIS_URL must look like redis://");
        assertThat(new Http(app).get("/api/v1/matches").json()).hasSize(before);
    }

    @Test
    void aWholeFolderGoesInInOneProcessIntoTheTournamentsItsFilesNameWithASummary() throws Exception {
        Path folder = Files.createTempDirectory("cricsheet-folder");
        for (String name : List.of("336025.json", "392186.json", "1208093.json")) {
            Files.copy(DevMatches.DIR.resolve(name), folder.resolve(name));
        }
        Files.writeString(folder.resolve("broken.json"), "not a match");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);

        int status = ImportCommand.run(new String[] {folder.toString()}, env(), new PrintStream(out, true), quiet);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isEqualTo(1);
        assertThat(printed)
                .contains("[4/4] " + folder.resolve("broken.json") + ": FAILED")
                .contains("imported 3 of 4 files: 3 new (")
                .contains("0 already there, 1 refused")
                .contains("  refused " + folder.resolve("broken.json") + ": broken.json: is not valid JSON");
        Map<String, String> tournaments = new HashMap<>();
        for (String line : printed.lines().filter(l -> l.contains(", match ")).toList()) {
            long id = Long.parseLong(line.replaceAll(".*, match (\\d+)$", "$1"));
            JsonNode match = new Http(app).get("/api/v1/matches/" + id).json();
            tournaments.put(
                    line.replaceAll(".*/(\\d+\\.json): .*", "$1"),
                    match.get("tournament").asText());
        }
        assertThat(tournaments)
                .containsEntry("336025.json", "Indian Premier League 2007/08")
                .containsEntry("392186.json", "Indian Premier League 2009")
                .containsEntry("1208093.json", "Bangladesh Premier League 2019/20");
        int tournamentsBefore = new Http(app).get("/api/v1/tournaments").json().size();

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ImportCommand.run(new String[] {folder.toString()}, env(), new PrintStream(again, true), quiet);

        assertThat(again.toString(StandardCharsets.UTF_8)).contains("0 new (0 events), 3 already there, 1 refused");
        assertThat(new Http(app).get("/api/v1/tournaments").json()).hasSize(tournamentsBefore);
    }

    @Test
    void aTournamentAnAdminMadeForTheCompetitionAndSeasonIsTheOneTheMatchJoins() throws Exception {
        long id;
        try (Connection c = TestServer.pool().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "insert into tournament (name, season) values ('Big Bash League', '2014/15') returning id");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);

        int status = ImportCommand.run(
                new String[] {DevMatches.DIR.resolve("756767.json").toString()},
                env(),
                new PrintStream(out, true),
                quiet);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
        long matchId = Long.parseLong(printed.replaceAll("(?s).*, match (\\d+)\\R.*", "$1"));
        JsonNode match = new Http(app).get("/api/v1/matches/" + matchId).json();
        assertThat(match.get("tournamentId").asLong()).isEqualTo(id);
        assertThat(match.get("status").asText()).isEqualTo("completed");
    }

    @Test
    void aFileWithACompetitionButNoSeasonJoinsTheCompetitionsTournament() throws Exception {
        Path folder = Files.createTempDirectory("cricsheet-no-season");
        String json = Files.readString(DevMatches.DIR.resolve("392186.json"));
        Path file = folder.resolve("no-season-392186.json");
        Files.writeString(file, json.replaceFirst("\"season\": \"?[0-9/]+\"?,", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);

        int status = ImportCommand.run(new String[] {file.toString()}, env(), new PrintStream(out, true), quiet);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
        long matchId = Long.parseLong(printed.replaceAll("(?s).*, match (\\d+)\\R.*", "$1"));
        assertThat(new Http(app)
                        .get("/api/v1/matches/" + matchId)
                        .json()
                        .get("tournament")
                        .asText())
                .isEqualTo("Indian Premier League");
    }

    @Test
    void withoutFilesItPrintsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
        assertThat(ImportCommand.run(new String[0], env(), quiet, new PrintStream(err, true)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./cricket import");
    }
}
