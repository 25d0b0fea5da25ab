package cricket.server.cache;

import static cricket.server.cache.CacheTestKit.balls;
import static cricket.server.cache.CacheTestKit.dbQueries;
import static cricket.server.cache.CacheTestKit.raw;
import static cricket.server.cache.CacheTestKit.settledDbQueries;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.publicread.ViewKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/matches/{id}/scorecard.pdf: the printed card, rendered once per version into the cache like the JSON
 * views and sent as stored (never gzipped), read back with PDFBox and checked against the JSON scorecard.
 */
class ScorecardPdfViewTest {
    static App app;
    static User scorer;
    long matchId;
    Http scorerHttp;
    Http reader;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        scorer = TestServer.user(app, "scorer", Role.SCORER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void newMatch() {
        matchId = CacheTestKit.match(app, "admin", scorer.id());
        scorerHttp = new Http(app);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        reader = new Http(app);
    }

    String pdf() {
        return "/api/v1/matches/" + matchId + "/scorecard.pdf";
    }

    @Test
    void thePdfIsTheScorecardsBattersBowlersAndTotalAsStoredAtTheBallsVersion() throws IOException {
        balls(app, scorerHttp, matchId, 1, 40);
        JsonNode card = reader.get("/api/v1/matches/" + matchId + "/scorecard").json();

        HttpResponse<byte[]> r = raw(app, pdf(), "Accept-Encoding", "gzip");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Encoding"))
                .as("a PDF is compressed already")
                .isEmpty();
        assertThat(version(r)).isEqualTo(card.get("version").asInt());
        assertThat(CacheTestKit.redisVersion(matchId, "scorecard-pdf"))
                .isEqualTo(card.get("version").asInt());

        String text = text(r.body());
        JsonNode innings = card.get("innings").get(0);
        for (JsonNode b : innings.get("batting")) {
            assertThat(text)
                    .contains(b.get("name").asText() + " " + b.get("dismissal").asText() + " "
                            + b.get("runs").asInt() + " " + b.get("balls").asInt());
        }
        for (JsonNode b : innings.get("bowling")) {
            assertThat(text)
                    .contains(b.get("name").asText() + " " + b.get("overs").asText());
        }
        assertThat(text)
                .contains("Total (" + innings.get("overs").asText() + " overs) "
                        + innings.get("runs").asInt() + "/"
                        + innings.get("wickets").asInt());
        assertThat(text).contains("Officials", "Result: match in progress");
    }

    @Test
    void cachedReadsOfThePdfCostTheDatabaseNothingAndAnEtagMatchIs304() throws Exception {
        balls(app, scorerHttp, matchId, 1, 12);
        raw(app, pdf());
        double before = settledDbQueries(app, 300);
        for (int i = 0; i < 50; i++) {
            HttpResponse<byte[]> r = raw(app, pdf());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Cache")).hasValue("HIT");
        }
        assertThat(dbQueries(app)).isEqualTo(before);

        String etag = raw(app, pdf()).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = raw(app, pdf(), "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void aPdfRenderedOnReadCountsOneMissAndNoHitOfTheLiveViewItTookTheVersionFrom() {
        balls(app, scorerHttp, matchId, 1, 6);
        raw(app, "/api/v1/matches/" + matchId + "/live"); // the live view is held here
        double hitsBefore = CacheTestKit.reads(app, "hit");
        double missesBefore = CacheTestKit.reads(app, "miss");
        HttpResponse<byte[]> rendered = raw(app, pdf());
        assertThat(rendered.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(CacheTestKit.reads(app, "miss") - missesBefore).isEqualTo(1.0);
        assertThat(CacheTestKit.reads(app, "hit") - hitsBefore)
                .as("the PDF's version is taken from the held live view without counting a read of it")
                .isZero();
    }

    @Test
    void aNewBallIsANewPdfVersion() throws IOException {
        balls(app, scorerHttp, matchId, 1, 6);
        String before = text(raw(app, pdf()).body());
        balls(app, scorerHttp, matchId, 7, 30);
        HttpResponse<byte[]> after = raw(app, pdf());
        assertThat(version(after)).isEqualTo(30);
        JsonNode innings = reader.get("/api/v1/matches/" + matchId + "/scorecard")
                .json()
                .get("innings")
                .get(0);
        String total =
                innings.get("runs").asInt() + "/" + innings.get("wickets").asInt();
        assertThat(text(after.body())).contains(total);
        assertThat(before).doesNotContain("Total (" + innings.get("overs").asText() + " overs) " + total);
    }

    /** The PDF costs far more than the other views: a ball renders none; the first read of its version does. */
    @Test
    void aBallRendersNoPdfUntilAReaderAsksForOneThenItIsStoredAtThatVersion() throws Exception {
        balls(app, scorerHttp, matchId, 1, 10);
        String key = ViewKind.SCORECARD_PDF.redisKey(matchId);
        try (var redis = TestServer.redis().connect()) {
            Thread.sleep(300); // the writer thread has stored the other views of the last ball by now
            assertThat(redis.sync().exists(ViewKind.CHARTS.redisKey(matchId))).isEqualTo(1L);
            assertThat(redis.sync().exists(key)).as("a PDF no one read").isZero();

            HttpResponse<byte[]> read = raw(app, pdf());
            assertThat(version(read)).isEqualTo(10);
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (!"10".equals(redis.sync().hget(key, "v"))) {
                assertThat(System.nanoTime()).as("the read PDF stored in Redis").isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    @Test
    void anotherInstanceLoadsThePdfFromRedisAsStoredWithoutARebuild() {
        balls(app, scorerHttp, matchId, 1, 8);
        HttpResponse<byte[]> rendered = raw(app, pdf());
        byte[] stored = rendered.body();
        int version = version(rendered);
        // Writes to Redis are queued behind the reply: the cold instance must start once they have landed, or it
        // rebuilds what was simply not there yet (seen under load in a full run).
        awaitStoredInRedis("live", version);
        awaitStoredInRedis("scorecard-pdf", version);
        try (App cold = TestServer.anotherInstance()) {
            HttpResponse<byte[]> first = raw(cold, pdf(), "Accept-Encoding", "gzip");
            HttpResponse<byte[]> second = raw(cold, pdf());
            assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
            assertThat(first.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
            assertThat(first.body()).isEqualTo(second.body()).isEqualTo(stored);
            assertThat(CacheTestKit.counter(cold, "cricket_cache_rebuilds")).isZero();
        }
    }

    /** Names the match's officials with an admin's edit of its fixture, every other field as it was. */
    void nameOfficials(String officials) {
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        JsonNode detail = reader.get("/api/v1/matches/" + matchId).json();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("tournamentId", detail.get("tournamentId").asLong());
        body.put("homeTeamId", detail.get("teams").get(0).get("id").asLong());
        body.put("awayTeamId", detail.get("teams").get(1).get("id").asLong());
        body.put("venue", detail.get("venue").asText());
        body.put("startTime", detail.get("startTime").asText());
        if (detail.hasNonNull("rules")) {
            body.set("rules", detail.get("rules"));
        }
        body.set("officials", readTree(officials));
        Http.Reply edited = admin.put("/api/v1/matches/" + matchId, body.toString());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    @Test
    void thePdfPrintsTheFixturesTournamentVenueDayAndEachOfficialUnderTheirRole() throws IOException {
        String[] umpires = {unique("Umpire"), unique("Umpire")};
        String tv = unique("TV");
        String referee = unique("Referee");
        nameOfficials("{\"umpires\":[\"" + umpires[0] + "\",\"" + umpires[1] + "\"],\"tvUmpires\":[\"" + tv
                + "\"],\"matchReferees\":[\"" + referee + "\"]}");
        balls(app, scorerHttp, matchId, 1, 6);
        JsonNode detail = reader.get("/api/v1/matches/" + matchId).json();

        String text = text(raw(app, pdf()).body());
        ZonedDateTime start = Instant.parse(detail.get("startTime").asText()).atZone(ZoneOffset.UTC);
        String day = start.getDayOfMonth() + " " + start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + start.getYear();
        assertThat(text.lines())
                .contains(detail.get("tournament").asText(), detail.get("venue").asText(), day)
                .contains(
                        "Umpires: " + umpires[0] + ", " + umpires[1], "TV umpire: " + tv, "Match referee: " + referee);
        assertThat(text).doesNotContain("Reserve umpire").doesNotContain("None recorded");
    }

    /** The officials move no version: the edit drops the held PDF here, in Redis and on the other instances. */
    @Test
    void anEditOfTheOfficialsIsOnTheNextReadHereAndOnAnotherInstance() throws Exception {
        String first = unique("Referee");
        nameOfficials("{\"matchReferees\":[\"" + first + "\"]}");
        balls(app, scorerHttp, matchId, 1, 8);
        try (App other = TestServer.anotherInstance()) {
            assertThat(text(raw(app, pdf()).body())).contains("Match referee: " + first);
            assertThat(text(raw(other, pdf()).body())).contains("Match referee: " + first);
            assertThat(raw(other, pdf()).headers().firstValue("X-Cache")).hasValue("HIT");

            String second = unique("Referee");
            nameOfficials("{\"matchReferees\":[\"" + second + "\"],\"reserveUmpires\":[\"" + first + "\"]}");
            HttpResponse<byte[]> here = raw(app, pdf());
            assertThat(version(here)).isEqualTo(8);
            assertThat(text(here.body())).contains("Match referee: " + second, "Reserve umpire: " + first);

            long deadline = System.nanoTime() + 3_000_000_000L;
            String there = text(raw(other, pdf()).body());
            while (!there.contains("Match referee: " + second)) {
                assertThat(System.nanoTime())
                        .as("the other instance drops its copy")
                        .isLessThan(deadline);
                Thread.sleep(20);
                there = text(raw(other, pdf()).body());
            }
            assertThat(there).doesNotContain("Match referee: " + first);
        }
    }

    /**
     * A browser or CDN holding the card from before an edit of the officials revalidates with its ETag: the edit moved
     * no version, yet it gets the new card and a new ETag; the new ETag then gets a 304, and the old one still a 200.
     */
    @Test
    void anEditOfTheOfficialsGivesTheCardANewEtagSoARevalidationGetsTheNewCard() throws IOException {
        nameOfficials("{\"umpires\":[\"" + unique("Umpire") + "\"]}");
        balls(app, scorerHttp, matchId, 1, 6);
        HttpResponse<byte[]> before = raw(app, pdf());
        String oldTag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(raw(app, pdf(), "If-None-Match", oldTag).statusCode()).isEqualTo(304);

        String referee = unique("Referee");
        nameOfficials("{\"matchReferees\":[\"" + referee + "\"]}");
        HttpResponse<byte[]> revalidated = raw(app, pdf(), "If-None-Match", oldTag);

        assertThat(revalidated.statusCode()).isEqualTo(200);
        String newTag = revalidated.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(oldTag);
        assertThat(version(revalidated)).isEqualTo(version(before)).isEqualTo(6);
        assertThat(text(revalidated.body())).contains("Match referee: " + referee);
        // 304 whether the card is still held or was printed again (a Redis breaker that opens and closes under load
        // drops the held cards): the same bytes give the same tag.
        assertThat(raw(app, pdf(), "If-None-Match", newTag).statusCode()).isEqualTo(304);
        assertThat(raw(app, pdf(), "If-None-Match", oldTag).statusCode()).isEqualTo(200);
    }

    @Test
    void renamingTheTournamentReprintsItsMatchesCards() throws IOException {
        balls(app, scorerHttp, matchId, 1, 4);
        JsonNode detail = reader.get("/api/v1/matches/" + matchId).json();
        assertThat(text(raw(app, pdf()).body()).lines())
                .contains(detail.get("tournament").asText());
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        String renamed = unique("Renamed cup");
        Http.Reply r = admin.put(
                "/api/v1/tournaments/" + detail.get("tournamentId").asLong(),
                "{\"name\":\"" + renamed + "\",\"season\":\"2026\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(text(raw(app, pdf()).body()).lines())
                .contains(renamed)
                .doesNotContain(detail.get("tournament").asText());
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anUnknownMatchIsA404Problem() {
        HttpResponse<byte[]> r = raw(app, "/api/v1/matches/999999/scorecard.pdf");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private void awaitStoredInRedis(String kind, int version) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (CacheTestKit.redisVersion(matchId, kind) < version) {
            assertThat(System.nanoTime())
                    .as("Redis holds %s at version %d within 10 s", kind, version)
                    .isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The version an ETag {@code "<version>-<hash of the card>"} names. */
    private static int version(HttpResponse<byte[]> r) {
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9]+-[0-9a-f]{8}\"");
        return Integer.parseInt(etag.substring(1, etag.indexOf('-')));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
