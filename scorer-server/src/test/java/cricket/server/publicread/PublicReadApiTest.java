package cricket.server.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.BallBowled;
import cricket.scoring.CommentaryEntry;
import cricket.scoring.MatchState;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every public read, without a login, over real HTTP: lists, one match, live, scorecard, commentary, export. */
class PublicReadApiTest {
    static final int LIVE_EVENTS = 60;
    static App app;
    static Http reader;
    static long completed;
    static long live;
    static CricsheetMatch source;

    @BeforeAll
    static void start() throws IOException {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        completed = admin.post(
                        "/api/v1/import/cricsheet?name=1082628.json",
                        Files.readString(DevMatches.DIR.resolve("1082628.json")))
                .json()
                .get("matchId")
                .asLong();
        source = DevMatches.read("1082591.json");
        live = app.services()
                .cricsheetImport()
                .importMatch(source, LIVE_EVENTS, "Live cup")
                .matchId();
        reader = new Http(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theMatchListsFilterByStatus() {
        assertThat(ids(reader.get("/api/v1/matches?status=completed").json())).containsExactly(completed);
        assertThat(ids(reader.get("/api/v1/matches?status=live").json())).containsExactly(live);
        assertThat(ids(reader.get("/api/v1/matches?status=upcoming").json())).isEmpty();
        assertThat(ids(reader.get("/api/v1/matches").json())).containsExactlyInAnyOrder(completed, live);
        assertThat(ids(reader.get("/api/v1/live-matches").json())).containsExactly(live);
    }

    @Test
    void aScoreSiteOnAnotherOriginMayReadThePublicViewsButNotWrite() {
        for (String path : List.of(
                "/api/v1/live-matches",
                "/api/v1/matches/" + live + "/live",
                "/api/v1/matches/" + live + "/scorecard",
                "/api/v1/matches/" + live,
                "/api/v1/matches/999999/live")) {
            Http.Reply r = reader.get(path, "Origin", "https://scores.example.org");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path + " " + r.status())
                    .hasValue("*");
        }
        Http.Reply login =
                reader.post("/api/v1/auth/login", "{\"username\":\"nobody\",\"password\":\"wrong-password\"}");
        assertThat(login.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"status=finished,status", "status=LIVE,status"})
    void aBadStatusIs400NamingTheAllowedValues(String query, String field) {
        Http.Reply r = reader.get("/api/v1/matches?" + query);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("detail").asText()).contains("live, upcoming or completed");
    }

    @Test
    void oneMatchShowsItsTeamsSquadsStatusAndVersion() {
        JsonNode m = reader.get("/api/v1/matches/" + live).json();
        assertThat(m.get("status").asText()).isEqualTo("live");
        assertThat(m.get("version").asInt()).isEqualTo(LIVE_EVENTS);
        assertThat(m.get("teams")).hasSize(2);
        assertThat(m.at("/teams/1/squad").size())
                .isEqualTo(source.info().teams().get(1).players().size());
    }

    @Test
    void liveIsTheEnginesLiveScoreAndTheSeedRouteServesTheSameBody() {
        MatchState engine = MatchState.replay(source.events().subList(0, LIVE_EVENTS));
        Http.Reply v1 = reader.get("/api/v1/matches/" + live + "/live");
        assertThat(v1.status()).isEqualTo(200);
        JsonNode body = v1.json();
        assertThat(body.get("version").asInt()).isEqualTo(LIVE_EVENTS);
        JsonNode expected = app.services().json().mapper().valueToTree(engine.liveScore());
        expected.fieldNames()
                .forEachRemaining(f -> assertThat(body.get(f)).as(f).isEqualTo(expected.get(f)));
        assertThat(reader.get("/api/live-score/" + live).body()).isEqualTo(v1.body());
        assertThat(v1.headers().firstValue("ETag")).contains("\"" + LIVE_EVENTS + "\"");
    }

    @Test
    void anUnchangedViewIs304ForItsETag() {
        String etag = reader.get("/api/v1/matches/" + live + "/scorecard")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(reader.get("/api/v1/matches/" + live + "/scorecard", "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
    }

    @Test
    void theScorecardIsTheEngines() {
        JsonNode card = reader.get("/api/v1/matches/" + live + "/scorecard").json();
        MatchState engine = MatchState.replay(source.events().subList(0, LIVE_EVENTS));
        JsonNode expected = app.services().json().mapper().valueToTree(engine.scorecard());
        assertThat(card.get("innings")).isEqualTo(expected.get("innings"));
    }

    @Test
    void commentaryPagesWalkBackThroughEveryBallWithoutGapOrOverlap() {
        MatchState engine = MatchState.replay(source.events().subList(0, LIVE_EVENTS));
        List<Integer> expected = new ArrayList<>();
        for (CommentaryEntry e : engine.commentary()) {
            expected.add(0, e.seq());
        }
        List<Integer> walked = new ArrayList<>();
        String path = "/api/v1/matches/" + live + "/commentary?limit=7";
        for (int pages = 0; pages < 100; pages++) {
            JsonNode page = reader.get(path).json();
            assertThat(page.get("entries").size()).isLessThanOrEqualTo(7);
            page.get("entries").forEach(e -> walked.add(e.get("seq").asInt()));
            if (page.get("nextBefore").isNull()) {
                break;
            }
            path = "/api/v1/matches/" + live + "/commentary?limit=7&before="
                    + page.get("nextBefore").asInt();
        }
        assertThat(walked).isEqualTo(expected);
        assertThat(reader.get("/api/v1/matches/" + live + "/commentary")
                        .json()
                        .get("entries")
                        .size())
                .isEqualTo(Math.min(20, expected.size()));
    }

    @ParameterizedTest
    @CsvSource({"limit=0,limit", "limit=201,limit", "limit=ten,limit", "before=0,before", "before=-4,before"})
    void badCommentaryParametersAre400NamingTheParameter(String query, String field) {
        Http.Reply r = reader.get("/api/v1/matches/" + live + "/commentary?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"live", "scorecard", "commentary", "cricsheet", "events"})
    void everyViewOfAnUnknownMatchIs404AndABadIdIs400(String view) {
        Http.Reply missing = reader.get("/api/v1/matches/424242/" + view);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Http.Reply bad = reader.get("/api/v1/matches/x1/" + view);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("id");
    }

    @Test
    void theEventLogIsPublicAndPagesByAfter() {
        JsonNode all = reader.get("/api/v1/matches/" + live + "/events").json();
        assertThat(all).hasSize(LIVE_EVENTS);
        JsonNode tail =
                reader.get("/api/v1/matches/" + live + "/events?after=55").json();
        assertThat(tail).hasSize(LIVE_EVENTS - 55);
        assertThat(tail.get(0).get("seq").asInt()).isEqualTo(56);
        assertThat(reader.get("/api/v1/matches/" + live + "/events?after=-1").status())
                .isEqualTo(400);
    }

    @Test
    void theCricsheetExportReadsBackToTheSameDeliveries() {
        Http.Reply export = reader.get("/api/v1/matches/" + completed + "/cricsheet");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        CricsheetMatch back = CricsheetReader.read(
                new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)), "export.json");
        CricsheetMatch original = DevMatches.read("1082628.json");
        assertThat(deliveries(back)).hasSizeGreaterThan(200).isEqualTo(deliveries(original));
        assertThat(back.info().teams()).isEqualTo(original.info().teams());
    }

    private static List<Object> deliveries(CricsheetMatch match) {
        return match.events().stream()
                .filter(e -> e instanceof BallBowled)
                .map(e -> (Object) ((BallBowled) e).delivery())
                .toList();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }
}
