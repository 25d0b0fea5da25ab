package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.api.User;
import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.ReplaceBall;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.ResultRecorded;
import cricket.scoring.Undo;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may correct the record: the assigned scorer (or an admin) undoes and replaces balls, and the log says who;
 * an official result overrides the balls, so only an admin records it and a scorer hears why.
 */
class CorrectionsAuthorityTest {
    static final List<MatchEvent> EVENTS = DevMatches.read("1082591.json").events();
    static App app;
    static User scorer;
    long matchId;
    Http admin;
    Http assigned;
    int played;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        scorer = TestServer.user(app, "scorer1", Role.SCORER);
        TestServer.user(app, "scorer2", Role.SCORER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void aMatchWithBallsBowled() {
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.assignedMatch(admin, "Corrections " + UUID.randomUUID(), scorer.id());
        assigned = new Http(app);
        assigned.login("scorer1", TestServer.PASSWORD);
        played = firstBall() + 3;
        for (int seq = 0; seq < played; seq++) {
            assertThat(post(assigned, seq, EVENTS.get(seq)).status()).isEqualTo(201);
        }
    }

    @Test
    void theAssignedScorerUndoesAndReplacesABallAndTheLogSaysWho() {
        Delivery last = ((BallBowled) EVENTS.get(played - 1)).delivery();
        Delivery corrected = new Delivery(
                last.bowler(),
                last.batter(),
                last.nonStriker(),
                last.batterRuns(),
                last.nonBoundary(),
                last.extras(),
                last.dismissals(),
                last.crossed(),
                "corrected by the scorer");
        Http.Reply replaced = post(assigned, played, new ReplaceBall(played, corrected));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        Http.Reply undone = post(assigned, played + 1, new Undo());
        assertThat(undone.status()).as(undone.body()).isEqualTo(201);
        JsonNode log = log();
        assertThat(log).hasSize(played + 2);
        assertThat(log.get(played).get("type").asText()).isEqualTo("ReplaceBall");
        assertThat(log.get(played).get("recordedBy").asText()).isEqualTo("scorer1");
        assertThat(log.get(played + 1).get("type").asText()).isEqualTo("Undo");
        assertThat(log.get(played + 1).get("recordedBy").asText()).isEqualTo("scorer1");
    }

    @Test
    void aScorerNotAssignedCannotCorrectTheMatch() {
        Http other = new Http(app);
        other.login("scorer2", TestServer.PASSWORD);
        assertThat(post(other, played, new Undo()).status()).isEqualTo(403);
        assertThat(log()).hasSize(played);
    }

    @Test
    void anOfficialResultFromTheScorerIsForbiddenNamingWhy() {
        Http.Reply r = post(assigned, played, awarded());
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("only an admin").contains("scorer1");
        assertThat(log()).hasSize(played);
    }

    @Test
    void anAdminRecordsTheOfficialResult() {
        Http.Reply r = post(admin, played, awarded());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode log = log();
        assertThat(log).hasSize(played + 1);
        assertThat(log.get(played).get("type").asText()).isEqualTo("ResultRecorded");
        assertThat(log.get(played).get("recordedBy").asText()).isEqualTo("admin");
    }

    private static ResultRecorded awarded() {
        String home = ((MatchStarted) EVENTS.get(0)).teams().get(0).name();
        return new ResultRecorded(
                new Result(home + " won (match awarded)", home, ResultKind.AWARDED, null, "Awarded", null, null));
    }

    private static int firstBall() {
        for (int i = 0; i < EVENTS.size(); i++) {
            if (EVENTS.get(i) instanceof BallBowled) {
                return i;
            }
        }
        throw new IllegalStateException("the match file has no ball");
    }

    private JsonNode log() {
        return new Http(app).get("/api/v1/matches/" + matchId + "/events").json();
    }

    private Http.Reply post(Http http, int expectedSeq, MatchEvent event) {
        ObjectNode tree = app.services().json().mapper().valueToTree(event);
        tree.put("type", event.typeName());
        return http.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + tree
                        + "}");
    }
}
