package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may do what: scorer assignment, expired and revoked tokens, and user management, over real HTTP. */
class AuthRulesTest {
    static App app;
    static MatchEvent start;
    static User scorer;
    static User other;
    Http admin;
    long matchId;

    @BeforeAll
    static void startApp() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        scorer = TestServer.user(app, "assigned", Role.SCORER);
        other = TestServer.user(app, "bystander", Role.SCORER);
        start = DevMatches.read("1082591.json").events().get(0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void newMatch() {
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        matchId = Fixtures.assignedMatch(admin, "Auth " + tag, scorer.id());
    }

    Http.Reply write(Http http) {
        String event = new String(app.services().json().write(start))
                .replaceFirst("^\\{", "{\"type\":\"" + start.typeName() + "\",");
        return http.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":0,\"event\":" + event + "}");
    }

    int stored() {
        return new Http(app)
                .get("/api/v1/matches/" + matchId + "/events")
                .json()
                .size();
    }

    static void assertProblem(Http.Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theAssignedScorerMayWriteAndSeesTheMatchAsTheirs() {
        Http http = new Http(app);
        http.login("assigned", TestServer.PASSWORD);
        assertThat(write(http).status()).isEqualTo(201);
        assertThat(http.get("/api/v1/me/matches").body()).contains("\"id\":" + matchId);
        Http bystander = new Http(app);
        bystander.login("bystander", TestServer.PASSWORD);
        assertThat(bystander.get("/api/v1/me/matches").body()).doesNotContain("\"id\":" + matchId + ",");
    }

    @Test
    void anUnassignedScorerIs403AndNoTokenIs401AndNothingIsStored() {
        Http bystander = new Http(app);
        bystander.login("bystander", TestServer.PASSWORD);
        Http.Reply forbidden = write(bystander);
        assertProblem(forbidden, 403);
        assertThat(forbidden.json().get("detail").asText())
                .contains("bystander")
                .contains("match " + matchId);
        assertProblem(write(new Http(app)), 401);
        assertProblem(write(new Http(app).as("not-a-real-token")), 401);
        assertThat(stored()).isZero();
    }

    @Test
    void anAdminMayWriteToAnyMatch() {
        assertThat(write(admin).status()).isEqualTo(201);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIs401() throws SQLException {
        Http http = new Http(app);
        http.login("assigned", TestServer.PASSWORD);
        try (Connection c = TestServer.pool().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update auth_token set expires_at = now() - interval '1 minute' where user_id = ?")) {
            ps.setLong(1, scorer.id());
            assertThat(ps.executeUpdate()).isPositive();
        }
        Http.Reply r = write(http);
        assertProblem(r, 401);
        assertThat(stored()).isZero();
    }

    @Test
    void aRevokedTokenIs401ForWrites() {
        Http http = new Http(app);
        http.login("assigned", TestServer.PASSWORD);
        assertThat(http.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertProblem(write(http), 401);
        assertProblem(http.post("/api/v1/auth/logout", ""), 401);
        assertThat(stored()).isZero();
    }

    @Test
    void unassigningAScorerTakesTheirWriteAwayAndScorersAreAdminOnly() {
        Http http = new Http(app);
        http.login("assigned", TestServer.PASSWORD);
        assertProblem(http.get("/api/v1/matches/" + matchId + "/scorers"), 403);
        assertProblem(http.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":[]}"), 403);
        JsonNode listed = admin.get("/api/v1/matches/" + matchId + "/scorers").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("username").asText()).isEqualTo("assigned");

        assertThat(admin.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":[" + other.id() + "]}")
                        .status())
                .isEqualTo(200);
        assertProblem(write(http), 403);
        assertThat(stored()).isZero();
    }

    @Test
    void assigningAnUnknownUserOrToAnUnknownMatchIsRefused() {
        Http.Reply r =
                admin.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":[" + scorer.id() + ",999999]}");
        assertProblem(r, 400);
        assertThat(r.json().get("field").asText()).isEqualTo("userIds[1]");
        assertProblem(admin.put("/api/v1/matches/999999/scorers", "{\"userIds\":[]}"), 404);
        assertProblem(admin.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":\"everyone\"}"), 400);
        assertThat(admin.get("/api/v1/matches/" + matchId + "/scorers").json()).hasSize(1);
    }

    @Test
    void anAdminCreatesAndDeletesUsersAndAScorerCannot() {
        Http http = new Http(app);
        http.login("assigned", TestServer.PASSWORD);
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\",\"role\":\"scorer\"}";
        assertProblem(http.post("/api/v1/users", body), 403);
        assertProblem(new Http(app).post("/api/v1/users", body), 401);

        Http.Reply created = admin.post("/api/v1/users", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        new Http(app).login(name, "long-enough-pw");
        assertProblem(admin.post("/api/v1/users", body), 409);
        assertProblem(http.delete("/api/v1/users/" + id), 403);
        assertThat(admin.delete("/api/v1/users/" + id).status()).isEqualTo(204);
        assertProblem(admin.delete("/api/v1/users/" + id), 404);
        assertProblem(
                new Http(app)
                        .post("/api/v1/auth/login", "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\"}"),
                401);
    }

    @Test
    void badUserAndLoginBodiesNameTheField() {
        Http.Reply shortPassword =
                admin.post("/api/v1/users", "{\"username\":\"shorty\",\"password\":\"short\",\"role\":\"scorer\"}");
        assertProblem(shortPassword, 400);
        assertThat(shortPassword.json().get("field").asText()).isEqualTo("password");
        Http.Reply noUser = new Http(app).post("/api/v1/auth/login", "{\"password\":\"x\"}");
        assertProblem(noUser, 400);
        assertThat(noUser.json().get("field").asText()).isEqualTo("username");
        assertThat(admin.get("/api/v1/users").body()).doesNotContain("shorty");
    }
}
