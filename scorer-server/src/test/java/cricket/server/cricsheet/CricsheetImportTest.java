package cricket.server.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.OfficialRole;
import cricket.api.Role;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.MatchState;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CricsheetImportTest {
    static App app;
    static Http admin;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        TestServer.user(app, "scorer1", Role.SCORER);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Path> devMatches() {
        return DevMatches.files();
    }

    @ParameterizedTest
    @MethodSource("devMatches")
    void anImportedMatchsScorecardOverHttpEqualsTheEngines(Path file) throws IOException {
        String name = file.getFileName().toString();
        Http.Reply imported = admin.post("/api/v1/import/cricsheet?name=" + name, Files.readString(file));
        assertThat(imported.status()).as(imported.body()).isIn(200, 201);
        long matchId = imported.json().get("matchId").asLong();

        CricsheetMatch match = CricsheetReader.read(file);
        MatchState engine = MatchState.replay(match.events());
        JsonNode expected = app.services().json().mapper().valueToTree(engine.scorecard());

        Http.Reply card = new Http(app).get("/api/v1/matches/" + matchId + "/scorecard");
        assertThat(card.status()).isEqualTo(200);
        ObjectNode actual = (ObjectNode) card.json();
        assertThat(actual.remove("matchId").asLong()).isEqualTo(matchId);
        assertThat(actual.remove("version").asInt()).isEqualTo(match.events().size());
        assertThat(actual).isEqualTo(expected);

        JsonNode detail = new Http(app).get("/api/v1/matches/" + matchId).json();
        assertThat(detail.get("teams")).hasSize(2);
        assertThat(detail.at("/teams/0/name").asText())
                .isEqualTo(match.info().teams().get(0).name());
        // The squad is the file's playing side and any named substitute who fielded for it.
        String home = match.info().teams().get(0).name();
        List<String> squad = new java.util.ArrayList<>();
        detail.at("/teams/0/squad").forEach(p -> squad.add(p.get("name").asText()));
        assertThat(squad)
                .containsExactlyInAnyOrderElementsOf(Fixtures.squads(match).get(home))
                .containsAll(match.info().teams().get(0).players());
    }

    @Test
    void importingTheSameFileTwiceKeepsOneMatch() throws IOException {
        String body = Files.readString(DevMatches.DIR.resolve("1082628.json"));
        Http.Reply first = admin.post("/api/v1/import/cricsheet?name=1082628.json", body);
        Http.Reply second = admin.post("/api/v1/import/cricsheet?name=1082628.json", body);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("alreadyThere").asBoolean()).isTrue();
        assertThat(second.json().get("matchId").asLong())
                .isEqualTo(first.json().get("matchId").asLong());
    }

    /** The file's dates run from the 17th to the 19th: the fixture keeps the last, and the printed card shows both. */
    @Test
    void anImportedTestsPrintedCardShowsItsDatesFromTheFileFirstToLast() throws IOException, InterruptedException {
        String body = Files.readString(DevMatches.DIR.resolve("1031659.json"));
        Http.Reply imported = admin.post("/api/v1/import/cricsheet?name=1031659.json", body);
        assertThat(imported.status()).as(imported.body()).isIn(200, 201);
        long matchId = imported.json().get("matchId").asLong();
        assertThat(new Http(app)
                        .get("/api/v1/matches/" + matchId)
                        .json()
                        .get("lastDay")
                        .asText())
                .as("what the console prints its card from")
                .isEqualTo("2017-08-19");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/matches/"
                                        + matchId + "/scorecard.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // The standard font's text has a plain dash for the range's.
            assertThat(new PDFTextStripper().getText(document).lines()).contains("17-19 August 2017");
        }
    }

    @Test
    void aScorerMayNotImportAndABadFileIs400() {
        Http scorer = new Http(app);
        scorer.login("scorer1", TestServer.PASSWORD);
        assertThat(scorer.post("/api/v1/import/cricsheet", "{}").status()).isEqualTo(403);
        Http.Reply bad = admin.post("/api/v1/import/cricsheet?name=bad.json", "{\"meta\":{}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("bad.json");
    }

    @Test
    void aFileTheEngineRefusesIs400NamingTheInningsAndBallAndStoresNothing() throws IOException {
        ObjectNode file = (ObjectNode)
                app.services().json().mapper().readTree(Files.readString(DevMatches.DIR.resolve("1082628.json")));
        // The second ball of the third over becomes a no-ball that bowled the striker: no-balls protect from that.
        ObjectNode ball = (ObjectNode) file.at("/innings/0/overs/2/deliveries/1");
        ((ObjectNode) ball.get("runs")).put("extras", 1).put("total", 2);
        ball.putObject("extras").put("noballs", 1);
        ball.putArray("wickets").addObject().put("player_out", "V Kohli").put("kind", "bowled");
        int matchesBefore = new Http(app).get("/api/v1/matches").json().size();

        Http.Reply refused = admin.post("/api/v1/import/cricsheet?name=1082628.json", file.toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText())
                .startsWith("1082628.json: innings 1, over 2.2: the engine refused this delivery: ")
                .contains("no-ball");
        assertThat(refused.json().get("field").asText()).isEqualTo("body");
        assertThat(new Http(app).get("/api/v1/matches").json()).hasSize(matchesBefore);
    }

    @Test
    void anExportReadsBackToTheSameScorecard() throws IOException {
        String body = Files.readString(DevMatches.DIR.resolve("1187680.json"));
        long matchId = admin.post("/api/v1/import/cricsheet?name=1187680.json", body)
                .json()
                .get("matchId")
                .asLong();
        Http.Reply export = new Http(app).get("/api/v1/matches/" + matchId + "/cricsheet");
        assertThat(export.status()).isEqualTo(200);
        CricsheetMatch back = CricsheetReader.read(
                new java.io.ByteArrayInputStream(export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "export.json");
        MatchState original = MatchState.replay(
                CricsheetReader.read(DevMatches.DIR.resolve("1187680.json")).events());
        assertThat(MatchState.replay(back.events()).scorecard()).isEqualTo(original.scorecard());
    }

    /** info.officials is stored with the fixture (detail by role) and written back by the export as it came. */
    @ParameterizedTest
    @MethodSource("devMatches")
    void anImportedMatchsOfficialsAreInItsDetailAndItsExport(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonNode inFile = new ObjectMapper().readTree(file.toFile()).get("info").get("officials");
        long matchId = admin.post("/api/v1/import/cricsheet?name=" + name, Files.readString(file))
                .json()
                .get("matchId")
                .asLong();

        JsonNode detail = new Http(app).get("/api/v1/matches/" + matchId).json().get("officials");
        for (OfficialRole role : OfficialRole.values()) {
            JsonNode expected = inFile == null || !inFile.has(role.cricsheetKey())
                    ? new ObjectMapper().createArrayNode()
                    : inFile.get(role.cricsheetKey());
            assertThat(detail.get(role.field())).as(name + " " + role).isEqualTo(expected);
        }
        JsonNode exported = new ObjectMapper()
                .readTree(new Http(app)
                        .get("/api/v1/matches/" + matchId + "/cricsheet")
                        .body())
                .get("info")
                .get("officials");
        assertThat(exported).as(name).isEqualTo(inFile);
    }

    @Test
    void aFileWithABlankOfficialOrTooManyIs400NamingThePlaceAndStoresNothing() throws IOException {
        int matches = new Http(app).get("/api/v1/matches").json().size();
        ObjectNode blank = withTvUmpires(" ");
        Http.Reply refused = admin.post("/api/v1/import/cricsheet?name=officials-blank.json", blank.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("officials.tv_umpires");

        String[] seven = new String[cricket.api.Officials.MAX_PER_ROLE + 1];
        java.util.Arrays.setAll(seven, i -> "Umpire " + i);
        Http.Reply tooMany = admin.post(
                "/api/v1/import/cricsheet?name=officials-many.json",
                withTvUmpires(seven).toString());
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.json().get("field").asText()).isEqualTo("info.officials.tv_umpires");
        assertThat(new Http(app).get("/api/v1/matches").json().size()).isEqualTo(matches);
    }

    private static ObjectNode withTvUmpires(String... names) throws IOException {
        ObjectNode file = (ObjectNode) new ObjectMapper()
                .readTree(DevMatches.DIR.resolve("1082628.json").toFile());
        var list = ((ObjectNode) file.get("info")).putObject("officials").putArray("tv_umpires");
        for (String name : names) {
            list.add(name);
        }
        return file;
    }

    @Test
    void aMatchAskedForBeforeItsImportIsServedAtItsFinalVersionRightAfter() throws IOException {
        long next = 1;
        for (JsonNode m : new Http(app).get("/api/v1/matches").json()) {
            next = Math.max(next, m.get("id").asLong() + 1);
        }
        // The cache now remembers this id as missing; only the import's commit notice can correct that.
        assertThat(new Http(app).get("/api/v1/matches/" + next + "/live").status())
                .isEqualTo(404);

        // A partial import (as the demo's match in progress) is never deduplicated, whatever ran before.
        var imported =
                app.services().cricsheetImport().importMatch(DevMatches.read("1082591.json"), 100, "Partial imports");
        assertThat(imported.matchId()).isEqualTo(next);

        Http.Reply live = new Http(app).get("/api/v1/matches/" + next + "/live");
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.headers().firstValue("ETag")).contains("\"100\"");
    }
}
