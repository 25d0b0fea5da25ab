package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An admin disables a user instead of deleting them: the account stays, its tokens and its sign-in stop. */
class DisableUserTest {
    static App app;

    @BeforeAll
    static void start() {
        app = TestServer.startApp(); // an empty database: the admins made here are the only ones
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Http signedIn(String name) {
        Http http = new Http(app);
        http.login(name, TestServer.PASSWORD);
        return http;
    }

    static String login(String name) {
        return "{\"username\":\"" + name + "\",\"password\":\"" + TestServer.PASSWORD + "\"}";
    }

    @Test
    void aDisabledScorersTokenStopsWorkingAndTheySignInAgainOnlyOnceEnabled() {
        TestServer.user(app, "boss", Role.ADMIN);
        User scorer = TestServer.user(app, "umpire7", Role.SCORER);
        Http admin = signedIn("boss");
        Http scorerHttp = signedIn("umpire7");
        assertThat(scorerHttp.get("/api/v1/me/matches").status()).isEqualTo(200);

        Http.Reply disabled = admin.put("/api/v1/users/" + scorer.id() + "/disabled", "{\"disabled\":true}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(scorerHttp.get("/api/v1/me/matches").status()).isEqualTo(401);
        Http.Reply refused = new Http(app).post("/api/v1/auth/login", login("umpire7"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("umpire7").contains("disabled");
        Http.Reply listed = admin.get("/api/v1/users");
        assertThat(listed.json().findValues("username").toString()).contains("umpire7");

        Http.Reply enabled = admin.put("/api/v1/users/" + scorer.id() + "/disabled", "{\"disabled\":false}");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("disabled").asBoolean()).isFalse();
        assertThat(new Http(app).post("/api/v1/auth/login", login("umpire7")).status())
                .isEqualTo(200);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledAndADisabledAdminDoesNotCountAsOne() {
        User first = TestServer.user(app, "chair", Role.ADMIN);
        User second = TestServer.user(app, "deputy", Role.ADMIN);
        Http chair = signedIn("chair");
        // Admins of other tests may exist; disable every other enabled admin first, so "chair" is the last one.
        for (var user : chair.get("/api/v1/users").json()) {
            long id = user.get("id").asLong();
            if ("admin".equals(user.get("role").asText())
                    && id != first.id()
                    && !user.get("disabled").asBoolean()) {
                assertThat(chair.put("/api/v1/users/" + id + "/disabled", "{\"disabled\":true}")
                                .status())
                        .isEqualTo(200);
            }
        }
        Http.Reply self = chair.put("/api/v1/users/" + first.id() + "/disabled", "{\"disabled\":true}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asText()).contains("last admin");
        Http.Reply demote = chair.put("/api/v1/users/" + first.id() + "/role", "{\"role\":\"scorer\"}");
        assertThat(demote.status())
                .as("the disabled deputy could make no other admin")
                .isEqualTo(409);
        assertThat(chair.get("/api/v1/me/matches").status()).isEqualTo(200);

        assertThat(chair.put("/api/v1/users/" + second.id() + "/disabled", "{\"disabled\":false}")
                        .status())
                .isEqualTo(200);
        assertThat(chair.put("/api/v1/users/" + first.id() + "/disabled", "{\"disabled\":true}")
                        .status())
                .isEqualTo(200);
        assertThat(chair.get("/api/v1/me/matches").status()).isEqualTo(401);
    }

    @Test
    void aMissingFlagOrAnUnknownUserIsRefusedNamingIt() {
        TestServer.user(app, "clerk", Role.ADMIN);
        User scorer = TestServer.user(app, "stand-in", Role.SCORER);
        Http admin = signedIn("clerk");
        Http.Reply missing = admin.put("/api/v1/users/" + scorer.id() + "/disabled", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("disabled");
        assertThat(admin.put("/api/v1/users/999999/disabled", "{\"disabled\":true}")
                        .status())
                .isEqualTo(404);
        assertThat(signedIn("stand-in")
                        .put("/api/v1/users/" + scorer.id() + "/disabled", "{\"disabled\":true}")
                        .status())
                .isEqualTo(403);
    }
}
