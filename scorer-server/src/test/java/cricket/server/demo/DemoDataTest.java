package cricket.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What ./cricket demo loads on its first start, and that a second start (same database) adds nothing. */
class DemoDataTest {
    static App app;
    static DemoData.Loaded first;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        first = DemoData.load(app.services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theFirstStartLoadsAFinishedALiveAndAnUpcomingMatchAndTwoLogins() {
        assertThat(first.logins()).containsOnlyKeys("admin", "scorer");
        JsonNode matches = new Http(app).get("/api/v1/matches").json();
        assertThat(matches).hasSize(3);
        assertThat(matches.findValuesAsText("status")).containsExactlyInAnyOrder("completed", "live", "upcoming");
        Http scorer = new Http(app);
        scorer.login("scorer", first.logins().get("scorer"));
        assertThat(scorer.get("/api/v1/me/matches").json()).hasSize(2);
        Http admin = new Http(app);
        admin.login("admin", first.logins().get("admin"));
        assertThat(admin.get("/api/v1/users").json()).hasSize(2);
    }

    @Test
    void aSecondStartOnTheSameDataAddsNothingAndPrintsNoPasswords() {
        String before = new Http(app).get("/api/v1/matches").body();
        DemoData.Loaded again = DemoData.load(app.services());
        assertThat(again.logins()).isEmpty();
        assertThat(new Http(app).get("/api/v1/matches").body()).isEqualTo(before);
        assertThat(new Http(app).get("/api/v1/teams").json()).hasSize(3);
    }
}
