package cricket.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/deploy.md's table of what a CDN may keep, held to what the server sends: each row's routes, asked of a real
 * server over HTTP (GET and HEAD) for a match imported from Cricsheet, carry the Cache-Control the row names (none
 * for the row of what must not be held), and the row names it.
 */
class CdnTableTest {
    static final String SHORT = "public, max-age=1, stale-while-revalidate=2, stale-if-error=60";
    static final Pattern VERSION_TAG = Pattern.compile("\"\\d+\"");
    static final Pattern FACTS_TAG = Pattern.compile("\"\\d+-[0-9a-f]{8}\"");
    static final HttpClient RAW = HttpClient.newHttpClient(); // follows no redirect: the 302 is what is checked
    static App app;
    static String rows;
    static String match;
    static String tournament;
    static String player;
    static String team;
    static String playerName;

    @BeforeAll
    static void start() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "deploy.md"));
        rows = guide.substring(guide.indexOf("### A CDN in front"), guide.indexOf("## Scale: live readers"));
        app = TestServer.startApp();
        long matchId = app.services()
                .cricsheetImport()
                .importMatch(
                        CricsheetReader.read(DevMatches.DIR.resolve("1082591.json")), Integer.MAX_VALUE, "CDN season")
                .matchId();
        Http http = new Http(app);
        JsonNode detail = http.get("/api/v1/matches/" + matchId).json();
        match = "/api/v1/matches/" + matchId;
        tournament = "/api/v1/tournaments/" + detail.get("tournamentId").asLong();
        team = "/api/v1/teams/" + detail.get("teams").get(0).get("id").asLong();
        JsonNode first = http.get("/api/v1/players").json().get(0);
        player = "/api/v1/players/" + first.get("id").asLong();
        playerName = first.get("name").asText();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCachedViewsAreKeptASecondWithTheVersionAsTheirEtag() {
        long id = id(match);
        List<String> views = List.of(
                match + "/live",
                "/api/live-score/" + id,
                match + "/scorecard",
                match + "/commentary",
                match + "/charts",
                "/api/v1/live-matches",
                tournament + "/table",
                tournament + "/leaders",
                tournament + "/fixtures",
                player + "/career");
        for (String path : views) {
            HttpResponse<byte[]> r = sent(path, SHORT);
            assertThat(r.headers().firstValue("ETag").orElse("")).as(path).matches(VERSION_TAG);
            assertThat(r.headers().firstValue("Vary")).as(path).hasValue("Accept-Encoding");
        }
        assertThat(row("`/live`")).contains("`" + SHORT + "`", "`ETag` = the version", "`Vary: Accept-Encoding`");
        for (String route : List.of("`/table`", "`/leaders`", "`/fixtures`", "`/career`")) {
            assertThat(row("`/live`")).contains(route);
        }
    }

    /** Older pages are rendered on request, not kept as views: no gzip copy, so no Vary; the same caching. */
    @Test
    void olderCommentaryPagesAreKeptASecondToo() {
        HttpResponse<byte[]> r = sent(match + "/commentary?limit=5", SHORT);
        assertThat(r.headers().firstValue("ETag").orElse("")).matches(VERSION_TAG);
        assertThat(r.headers().firstValue("Vary")).isEmpty();
        assertThat(row("`/live`")).contains("older pages", "no `Vary` on an older page");
    }

    @Test
    void theScorecardPdfIsKeptASecondWithAnEtagOfItsVersionAndItsBytes() {
        HttpResponse<byte[]> r = sent(match + "/scorecard.pdf", SHORT);
        assertThat(r.headers().firstValue("ETag").orElse("")).matches(FACTS_TAG);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Vary")).as("a PDF has one encoding").isEmpty();
        assertThat(row("/scorecard.pdf`")).contains("`" + SHORT + "`", "<version>-<crc32>");
    }

    @Test
    void assetsAreKeptAYearAndShellsAMinute() {
        String shell = "public, max-age=60";
        String home = new String(sent("/", shell).body(), StandardCharsets.UTF_8);
        Matcher asset =
                Pattern.compile("/assets/[A-Za-z.]+\\.[0-9a-f]{10}\\.(js|css)").matcher(home);
        assertThat(asset.find()).as("the home page names an asset").isTrue();
        sent(asset.group(), "public, max-age=31536000, immutable");
        assertThat(row("`/assets/...`")).contains("`public, max-age=31536000, immutable`");
        for (String path :
                List.of("/matches/" + id(match), "/tournaments/" + id(tournament), "/players/" + id(player))) {
            sent(path, shell);
        }
        HttpResponse<byte[]> named = sent(
                "/players/named/"
                        + URLEncoder.encode(playerName, StandardCharsets.UTF_8).replace("+", "%20"),
                shell);
        assertThat(named.statusCode()).isEqualTo(302);
        assertThat(row("page shells")).contains("`" + shell + "`", "`/players/{id}`", "`/players/named/{name}`");
    }

    @Test
    void fixtureReadsAreKeptFiveSecondsByASharedCacheOnly() {
        String fixtures = "public, max-age=0, s-maxage=5";
        for (String path : List.of(
                "/api/v1/matches",
                match,
                "/api/v1/tournaments",
                tournament,
                "/api/v1/teams",
                team,
                "/api/v1/players",
                player,
                tournament + "/squads")) {
            sent(path, fixtures);
        }
        assertThat(row("fixture reads")).contains("`" + fixtures + "`");
    }

    @Test
    void theEventLogExportsLoginsAndErrorsCarryNoCacheControl() {
        for (String path : List.of(
                match + "/events",
                match + "/cricsheet",
                "/api/v1/me/matches",
                "/api/v1/matches/999999/live",
                "/api/v1/matches/999999/scorecard.pdf",
                "/api/v1/matches/999999")) {
            assertThat(get(path, "GET").headers().firstValue("Cache-Control"))
                    .as(path)
                    .isEmpty();
        }
        assertThat(get("/matches/999999", "GET").headers().firstValue("Cache-Control"))
                .as("the fans' 404 page")
                .hasValue("no-cache");
        assertThat(row("the event log")).contains("| nothing", "`no-cache`");
    }

    /** A GET and a HEAD of {@code path}, both with that Cache-Control; the GET's reply. */
    private static HttpResponse<byte[]> sent(String path, String cacheControl) {
        HttpResponse<byte[]> got = get(path, "GET");
        HttpResponse<byte[]> head = get(path, "HEAD");
        assertThat(got.statusCode()).as(path).isIn(200, 302);
        assertThat(got.headers().firstValue("Cache-Control")).as(path).hasValue(cacheControl);
        assertThat(head.headers().firstValue("Cache-Control"))
                .as("HEAD " + path)
                .hasValue(cacheControl);
        assertThat(head.headers().firstValue("ETag"))
                .as("HEAD " + path)
                .isEqualTo(got.headers().firstValue("ETag"));
        return got;
    }

    private static HttpResponse<byte[]> get(String path, String method) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return RAW.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The table's line that names {@code fragment}: there must be exactly one. */
    private static String row(String fragment) {
        List<String> lines = rows.lines()
                .filter(l -> l.startsWith("| ") && l.contains(fragment))
                .toList();
        assertThat(lines).as("rows of the CDN table naming " + fragment).hasSize(1);
        return lines.get(0);
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
