package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.BallBowled;
import cricket.scoring.DayEnded;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchStarted;
import cricket.scoring.MatchState;
import cricket.server.App;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.StoredRows;
import cricket.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stumps over HTTP: a scorer posts {@code DayEnded} in a multi-day match and every public view shows the day; a
 * one-day match, a day that does not rise and a day out of bounds are refused with what is allowed, storing nothing.
 */
class DayEndedApiTest {
    private static final int BALLS = 14;

    static App app;
    static Http admin;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The first events of the dev match (a T20) up to its fourteenth ball, under {@code rules} or its own. */
    private static List<MatchEvent> opening(MatchRules rules) {
        List<MatchEvent> events = new ArrayList<>();
        int balls = 0;
        for (MatchEvent event : Fixtures.SOURCE.events()) {
            if (event instanceof MatchStarted s && rules != null) {
                event = new MatchStarted(s.teams(), s.tossWinner(), s.tossDecision(), rules);
            }
            events.add(event);
            if (event instanceof BallBowled && ++balls == BALLS) {
                return events;
            }
        }
        throw new IllegalStateException("the dev match has fewer than " + BALLS + " balls");
    }

    private static long scored(String name, List<MatchEvent> events) {
        long matchId = Fixtures.match(admin, name);
        for (int i = 0; i < events.size(); i++) {
            Http.Reply r = post(matchId, i, tree(events.get(i)));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return matchId;
    }

    @Test
    void stumpsInATestShowInTheLiveScoreScorecardCommentaryAndCharts() {
        List<MatchEvent> events = opening(MatchRules.test());
        long matchId = scored("Stumps in a Test", events);
        assertThat(admin.get("/api/v1/matches/" + matchId + "/live")
                        .json()
                        .get("day")
                        .asInt())
                .isEqualTo(1);

        Http.Reply stumps = post(matchId, events.size(), "{\"type\":\"DayEnded\",\"day\":1}");

        assertThat(stumps.status()).as(stumps.body()).isEqualTo(201);
        List<MatchEvent> withStumps = new ArrayList<>(events);
        withStumps.add(new DayEnded(1));
        MatchState engine = MatchState.replay(withStumps);
        String line = engine.scorecard().closeOfPlay().get(0).text();
        assertThat(line).startsWith("Stumps, day 1: ");
        JsonNode live = admin.get("/api/v1/matches/" + matchId + "/live").json();
        assertThat(live.get("day").asInt()).isEqualTo(2);
        JsonNode close = admin.get("/api/v1/matches/" + matchId + "/scorecard")
                .json()
                .get("closeOfPlay")
                .get(0);
        assertThat(close.get("day").asInt()).isEqualTo(1);
        assertThat(close.get("runs").asInt()).isEqualTo(live.get("runs").asInt());
        assertThat(close.get("text").asText()).isEqualTo(line);
        assertThat(close.get("allOut").isBoolean() && close.get("declared").isBoolean())
                .as("how the innings stood, on the wire: " + close)
                .isTrue();
        JsonNode newest = admin.get("/api/v1/matches/" + matchId + "/commentary")
                .json()
                .get("entries")
                .get(0);
        assertThat(newest.get("text").asText()).isEqualTo(line);
        JsonNode mark = admin.get("/api/v1/matches/" + matchId + "/charts")
                .json()
                .get("innings")
                .get(engine.liveScore().inningsNumber() - 1)
                .get("dayEnds")
                .get(0);
        assertThat(mark.get("legalBalls").asInt())
                .isEqualTo(live.get("legalBalls").asInt());
        assertThat(StoredRows.snapshot()).contains("DayEnded");
    }

    @Test
    void aDayThatDoesNotRiseIsRefusedNamingTheNextDayAndUndoTakesStumpsAway() {
        List<MatchEvent> events = opening(MatchRules.test());
        long matchId = scored("Stumps twice", events);
        int seq = events.size();
        assertThat(post(matchId, seq, "{\"type\":\"DayEnded\",\"day\":2}").status())
                .isEqualTo(201);
        String before = StoredRows.snapshot();

        Http.Reply again = post(matchId, seq + 1, "{\"type\":\"DayEnded\",\"day\":2}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("detail").asText())
                .isEqualTo("stumps were drawn on day 2: the next close of play is day 3 or later, got day 2");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
        assertThat(post(matchId, seq + 1, "{\"type\":\"Undo\"}").status()).isEqualTo(201);
        JsonNode live = admin.get("/api/v1/matches/" + matchId + "/live").json();
        assertThat(live.get("day").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/matches/" + matchId + "/scorecard").json().get("closeOfPlay"))
                .isEmpty();
    }

    @Test
    void aOneDayMatchRefusesStumpsAndItsLiveScoreHasNoDay() {
        List<MatchEvent> events = opening(null);
        long matchId = scored("Stumps in a T20", events);
        String before = StoredRows.snapshot();

        Http.Reply refused = post(matchId, events.size(), "{\"type\":\"DayEnded\",\"day\":1}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText())
                .contains("only in a match played over days")
                .contains("MatchEnded");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
        assertThat(admin.get("/api/v1/matches/" + matchId + "/live")
                        .json()
                        .get("day")
                        .isNull())
                .isTrue();
    }

    @Test
    void aDayOutOfBoundsIs400NamingTheFieldAndStoresNothing() {
        List<MatchEvent> events = opening(MatchRules.test());
        long matchId = scored("Stumps out of bounds", events);
        String before = StoredRows.snapshot();

        Http.Reply bad = post(matchId, events.size(), "{\"type\":\"DayEnded\",\"day\":0}");

        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("day must be 1-12, got 0");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    private static ObjectNode tree(MatchEvent event) {
        ObjectNode tree = app.services().json().mapper().valueToTree(event);
        tree.put("type", event.typeName());
        return tree;
    }

    private static Http.Reply post(long matchId, int expectedSeq, Object event) {
        return admin.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + event
                        + "}");
    }
}
