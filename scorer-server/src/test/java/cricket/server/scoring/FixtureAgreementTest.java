package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.DismissalKind;
import cricket.scoring.Fielder;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchStarted;
import cricket.scoring.PlayerReplaced;
import cricket.scoring.Team;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events of a match agree with its fixture: the toss names the fixture's sides with playing sides picked from
 * their squads, and a replacement or a named substitute fielder is a squad member. An empty squad admits nobody.
 */
class FixtureAgreementTest {
    static final List<MatchEvent> EVENTS = Fixtures.SOURCE.events();
    static final MatchStarted STARTED = (MatchStarted) EVENTS.get(0);
    static App app;
    Http admin;
    long matchId;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void newMatch() {
        admin = new Http(app);
        admin.login("admin", TestServer.PASSWORD);
        matchId = Fixtures.match(admin, "Agreement " + UUID.randomUUID());
    }

    @Test
    void aTossNamingAnotherSideIs400NamingTheFixturesSides() {
        Team home = STARTED.teams().get(0);
        MatchStarted wrong = started(
                List.of(home, new Team("Gujarat Lions", STARTED.teams().get(1).players())));
        Http.Reply r = refused(0, wrong, "event.teams[1].name");
        assertThat(r.json().get("detail").asText())
                .contains(home.name())
                .contains(STARTED.teams().get(1).name())
                .contains("Gujarat Lions");
    }

    @Test
    void aPlayerFromOutsideTheSquadIsRefusedAndAnAdminAddsThemFirst() {
        List<String> players = new ArrayList<>(STARTED.teams().get(1).players());
        players.set(3, "Stranger Danger");
        MatchStarted withStranger = started(
                List.of(STARTED.teams().get(0), new Team(STARTED.teams().get(1).name(), players)));
        Http.Reply r = refused(0, withStranger, "event.teams[1].players[3]");
        assertThat(r.json().get("detail").asText()).contains("Stranger Danger").contains("squad");

        addToSquad(STARTED.teams().get(1).name(), "Stranger Danger");
        assertThat(post(0, withStranger).status()).isEqualTo(201);
    }

    @Test
    void aSideWithNoPlayersIsRefusedSoTheEnginesChecksStayOn() {
        // The engine's own record refuses it while the body is read (MatchStarted cannot be made without players).
        ObjectNode unnamed = tree(STARTED);
        ((ObjectNode) unnamed.get("teams").get(1)).putArray("players");
        String before = StoredRows.snapshot();
        Http.Reply r = postTree(0, unnamed);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).as(r.body()).isEqualTo("event");
        assertThat(r.json().get("detail").asText())
                .contains("players of " + STARTED.teams().get(1).name() + " must be listed");
        assertThat(StoredRows.snapshot()).isEqualTo(before);
    }

    @Test
    void anEmptySquadAdmitsNobody() {
        long tournament = admin.post("/api/v1/tournaments", "{\"name\":\"Empty " + UUID.randomUUID() + "\"}")
                .json()
                .get("id")
                .asLong();
        JsonNode fixture = admin.get("/api/v1/matches/" + matchId).json();
        Http.Reply created = admin.post(
                "/api/v1/matches",
                "{\"tournamentId\":" + tournament + ",\"homeTeamId\":"
                        + fixture.at("/teams/0/id").asLong()
                        + ",\"awayTeamId\":" + fixture.at("/teams/1/id").asLong()
                        + ",\"venue\":\"Lord's\",\"startTime\":\"2026-06-01T10:00:00Z\"}");
        matchId = created.json().get("id").asLong();
        Http.Reply r = refused(0, STARTED, "event.teams[0].players[0]");
        assertThat(r.json().get("detail").asText()).contains("the squad is empty");
    }

    @Test
    void aReplacementFromOutsideTheSquadIsRefused() {
        playUpTo(firstBall());
        String team = STARTED.teams().get(0).name();
        PlayerReplaced replaced =
                new PlayerReplaced(team, STARTED.teams().get(0).players().get(10), "Concussion Sub", "concussion");
        refused(firstBall(), replaced, "event.playerIn");
        addToSquad(team, "Concussion Sub");
        Http.Reply r = post(firstBall(), replaced);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void aSubstituteFielderFromOutsideTheFieldingSquadIsRefused() {
        int first = firstBall();
        playUpTo(first);
        Delivery d = ((BallBowled) EVENTS.get(first)).delivery();
        Delivery caught = new Delivery(
                d.bowler(),
                d.batter(),
                d.nonStriker(),
                0,
                false,
                null,
                List.of(new Dismissal(DismissalKind.CAUGHT, d.batter(), List.of(new Fielder("Twelfth Man", true)))),
                false,
                null);
        refused(first, new BallBowled(caught), "event.delivery.dismissals[0].fielders[0].name");
    }

    private void playUpTo(int count) {
        for (int seq = 0; seq < count; seq++) {
            Http.Reply r = post(seq, EVENTS.get(seq));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    private static int firstBall() {
        int i = 0;
        while (!(EVENTS.get(i) instanceof BallBowled)) {
            i++;
        }
        return i;
    }

    private void addToSquad(String teamName, String player) {
        JsonNode detail = admin.get("/api/v1/matches/" + matchId).json();
        for (JsonNode team : detail.get("teams")) {
            if (team.get("name").asText().equals(teamName)) {
                List<String> ids = new ArrayList<>();
                team.get("squad").forEach(p -> ids.add(p.get("id").asText()));
                ids.add(Long.toString(admin.post("/api/v1/players", "{\"name\":\"" + player + "\"}")
                        .json()
                        .get("id")
                        .asLong()));
                Http.Reply put = admin.put(
                        "/api/v1/tournaments/" + detail.get("tournamentId").asLong() + "/squads/"
                                + team.get("id").asLong(),
                        "{\"playerIds\":[" + String.join(",", ids) + "]}");
                assertThat(put.status()).as(put.body()).isEqualTo(200);
            }
        }
    }

    private static MatchStarted started(List<Team> teams) {
        return new MatchStarted(teams, STARTED.tossWinner(), STARTED.tossDecision(), STARTED.rules());
    }

    private Http.Reply refused(int expectedSeq, MatchEvent event, String field) {
        String before = StoredRows.snapshot();
        Http.Reply r = post(expectedSeq, event);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).as(r.body()).isEqualTo(field);
        assertThat(StoredRows.snapshot()).isEqualTo(before);
        return r;
    }

    private Http.Reply post(int expectedSeq, MatchEvent event) {
        return postTree(expectedSeq, tree(event));
    }

    private static ObjectNode tree(MatchEvent event) {
        ObjectNode tree = app.services().json().mapper().valueToTree(event);
        tree.put("type", event.typeName());
        return tree;
    }

    private Http.Reply postTree(int expectedSeq, ObjectNode tree) {
        return admin.post(
                "/api/v1/matches/" + matchId + "/events",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + tree
                        + "}");
    }
}
