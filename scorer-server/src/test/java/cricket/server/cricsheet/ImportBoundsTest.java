package cricket.server.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.StoredRows;
import cricket.server.TestServer;
import cricket.server.domain.Text;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import's name is a file name, an unnamed file is known by its content, and the strings inside a file hold to
 * the same limits as an admin's body: each refusal is a 400 naming what is wrong, and nothing is stored.
 */
class ImportBoundsTest {
    static App app;
    static Http admin;
    static String file;

    @BeforeAll
    static void start() throws IOException {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        file = Files.readString(DevMatches.DIR.resolve("1082628.json"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "../1082628.json", ".hidden.json", "two words.json", "LONG"})
    void aNameThatIsNotAFileNameIs400AndStoresNothing(String name) {
        String sent = name.equals("LONG") ? "x".repeat(5000) + ".json" : name;
        String before = StoredRows.snapshot();
        Http.Reply r =
                admin.post("/api/v1/import/cricsheet?name=" + URLEncoder.encode(sent, StandardCharsets.UTF_8), file);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("name");
        assertThat(r.json().get("detail").asText()).contains("1-100 letters");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    @Test
    void twoDifferentUnnamedFilesAreTwoMatchesAndTheSameOneAgainIsKeptOnce() throws IOException {
        String another = Files.readString(DevMatches.DIR.resolve("1187680.json"));
        Http.Reply first = admin.post("/api/v1/import/cricsheet", file);
        Http.Reply second = admin.post("/api/v1/import/cricsheet", another);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("matchId").asLong())
                .isNotEqualTo(first.json().get("matchId").asLong());
        assertThat(first.json().get("sourceId").asText()).startsWith("sha256-");
        assertThat(second.json().get("sourceId").asText())
                .isNotEqualTo(first.json().get("sourceId").asText());

        Http.Reply again = admin.post("/api/v1/import/cricsheet", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadyThere").asBoolean()).isTrue();
        assertThat(again.json().get("matchId").asLong())
                .isEqualTo(first.json().get("matchId").asLong());
    }

    @Test
    void aNulInAPlayersNameIs400NamingWhereAndStoresNothing() throws IOException {
        ObjectNode tree = (ObjectNode) app.services().json().mapper().readTree(file);
        ArrayNode players = (ArrayNode) tree.at("/info/players/Mumbai Indians");
        players.set(0, players.get(0).asText() + "\u0000");
        assertRefused(tree.toString(), "file.info.players.Mumbai Indians[0]");
    }

    @Test
    void aVenueLongerThanAnyNameIs400NamingItAndStoresNothing() throws IOException {
        ObjectNode tree = (ObjectNode) app.services().json().mapper().readTree(file);
        ((ObjectNode) tree.get("info")).put("venue", "v".repeat(Text.MAX_NAME + 1));
        assertRefused(tree.toString(), "info.venue");
    }

    private static void assertRefused(String body, String field) {
        String before = StoredRows.snapshot();
        Http.Reply r = admin.post("/api/v1/import/cricsheet?name=bounds.json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo(field);
        assertThat(r.json().get("detail").asText()).contains("printable characters");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }
}
