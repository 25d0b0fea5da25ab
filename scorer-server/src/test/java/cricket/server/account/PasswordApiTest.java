package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing one's own password and an admin's reset. */
class PasswordApiTest {
    static final String NEW_PASSWORD = "a-new-longer-password";
    static App app;
    static User admin;
    User scorer;
    String scorerName;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        admin = TestServer.user(app, "admin", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void newScorer() {
        scorerName = "scorer-" + UUID.randomUUID().toString().substring(0, 8);
        scorer = TestServer.user(app, scorerName, Role.SCORER);
    }

    Http signedIn(String name, String password) {
        Http http = new Http(app);
        http.login(name, password);
        return http;
    }

    int loginStatus(String name, String password) {
        return new Http(app)
                .post("/api/v1/auth/login", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}")
                .status();
    }

    String change(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    @Test
    void aChangeNeedsTheCurrentPasswordAndEndsEveryTokenHeldBefore() {
        Http console = signedIn(scorerName, TestServer.PASSWORD);
        Http laptop = signedIn(scorerName, TestServer.PASSWORD);

        Http.Reply wrong = console.post("/api/v1/auth/password", change("not-the-password", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("field").asText()).isEqualTo("currentPassword");
        assertThat(loginStatus(scorerName, TestServer.PASSWORD)).isEqualTo(200);

        Http.Reply changed = console.post("/api/v1/auth/password", change(TestServer.PASSWORD, NEW_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(console.get("/api/v1/me/matches").status()).isEqualTo(401);
        assertThat(laptop.get("/api/v1/me/matches").status()).isEqualTo(401);
        Http fresh = new Http(app).as(changed.json().get("token").asText());
        assertThat(fresh.get("/api/v1/me/matches").status()).isEqualTo(200);
        assertThat(loginStatus(scorerName, TestServer.PASSWORD)).isEqualTo(401);
        assertThat(loginStatus(scorerName, NEW_PASSWORD)).isEqualTo(200);
    }

    @Test
    void aNewPasswordShorterThanTheMinimumIsRefusedNamingTheFieldAndChangesNothing() {
        Http console = signedIn(scorerName, TestServer.PASSWORD);
        Http.Reply r = console.post("/api/v1/auth/password", change(TestServer.PASSWORD, "short"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("newPassword");
        assertThat(r.json().get("detail").asText()).contains("newPassword").contains("8-72 characters");
        assertThat(console.get("/api/v1/me/matches").status()).isEqualTo(200);
        assertThat(loginStatus(scorerName, TestServer.PASSWORD)).isEqualTo(200);
        Http.Reply created = signedIn("admin", TestServer.PASSWORD)
                .post("/api/v1/users", "{\"username\":\"shorty\",\"password\":\"1234567\",\"role\":\"scorer\"}");
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("field").asText()).isEqualTo("password");
    }

    @Test
    void anAdminResetsAScorersPasswordAndTheScorersTokensStopWorking() {
        Http scorerHttp = signedIn(scorerName, TestServer.PASSWORD);
        Http adminHttp = signedIn("admin", TestServer.PASSWORD);
        String reset = "{\"newPassword\":\"" + NEW_PASSWORD + "\"}";
        assertThat(scorerHttp
                        .put("/api/v1/users/" + admin.id() + "/password", reset)
                        .status())
                .isEqualTo(403);
        assertThat(loginStatus("admin", TestServer.PASSWORD)).isEqualTo(200);

        assertThat(adminHttp
                        .put("/api/v1/users/" + scorer.id() + "/password", reset)
                        .status())
                .isEqualTo(204);
        assertThat(scorerHttp.get("/api/v1/me/matches").status()).isEqualTo(401);
        assertThat(loginStatus(scorerName, NEW_PASSWORD)).isEqualTo(200);
        assertThat(adminHttp.get("/api/v1/me/matches").status()).isEqualTo(200);
        assertThat(adminHttp.put("/api/v1/users/99999/password", reset).status())
                .isEqualTo(404);
    }
}
