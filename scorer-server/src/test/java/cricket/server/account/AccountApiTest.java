package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccountApiTest {
    static App app;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        TestServer.user(app, "scorer1", Role.SCORER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void loginReturnsAnOpaqueTokenWithExpiryAndTheUser() {
        Http.Reply r = new Http(app)
                .post("/api/v1/auth/login", "{\"username\":\"scorer1\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("token").asText()).hasSizeGreaterThan(30);
        assertThat(r.json().get("expiresAt").asText()).endsWith("Z");
        assertThat(r.json().at("/user/username").asText()).isEqualTo("scorer1");
        assertThat(r.json().at("/user/role").asText()).isEqualTo("scorer");
    }

    @Test
    void wrongPasswordIsA401Problem() {
        Http.Reply r = new Http(app).post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"nope-nope\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("wrong username or password");
    }

    @Test
    void logoutRevokesTheToken() {
        Http http = new Http(app);
        http.login("scorer1", TestServer.PASSWORD);
        assertThat(http.get("/api/v1/me/matches").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertThat(http.get("/api/v1/me/matches").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsAreSlowedEvenForTheRightPassword() {
        TestServer.user(app, "guessme", Role.SCORER);
        Http http = new Http(app);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(http.post("/api/v1/auth/login", "{\"username\":\"guessme\",\"password\":\"wrong-" + i + "\"}")
                            .status())
                    .isEqualTo(401);
        }
        Http.Reply r = http.post(
                "/api/v1/auth/login", "{\"username\":\"guessme\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.json().get("retryAfterSeconds").asInt()).isPositive();
    }

    @Test
    void aScorerCannotManageUsersButAnAdminCan() {
        Http scorer = new Http(app);
        scorer.login("scorer1", TestServer.PASSWORD);
        assertThat(scorer.get("/api/v1/users").status()).isEqualTo(403);
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        Http.Reply created = admin.post(
                "/api/v1/users", "{\"username\":\"newscorer\",\"password\":\"long-enough-pw\",\"role\":\"scorer\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(admin.get("/api/v1/users").body()).contains("newscorer");
    }

    @Test
    void aBadRoleIsRefusedNamingTheField() {
        Http admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        Http.Reply r =
                admin.post("/api/v1/users", "{\"username\":\"x123\",\"password\":\"long-enough-pw\",\"role\":\"god\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("role").contains("admin or scorer");
    }

    @Test
    void missingOrMalformedBearerIs401() {
        Http http = new Http(app);
        assertThat(http.get("/api/v1/me/matches").status()).isEqualTo(401);
        assertThat(new Http(app).as("garbage").get("/api/v1/me/matches").status())
                .isEqualTo(401);
    }
}
