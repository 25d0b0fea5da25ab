package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cricket.api.Role;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventRaceTest {
    static App app;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        TestServer.user(app, "admin", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void scorersRacingOnOneMatchLeaveNoGapDuplicateOrFork() throws Exception {
        Http admin = new Http(app);
        String token = admin.login("admin", TestServer.PASSWORD);
        long matchId = Fixtures.match(admin, "Race");
        List<MatchEvent> events = DevMatches.read("1082591.json").events().subList(0, 60);
        int scorers = 4;
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(scorers);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < scorers; s++) {
            done.add(pool.submit(() -> {
                Http http = new Http(app).as(token);
                go.await();
                int seq = 0;
                while (seq < events.size()) {
                    // Each scorer writes the event the log needs next, building on the seq it believes current.
                    Http.Reply r = http.post(
                            "/api/v1/matches/" + matchId + "/events", body(UUID.randomUUID(), seq, events.get(seq)));
                    if (r.status() == 201) {
                        created.incrementAndGet();
                        seq = r.json().get("seq").asInt();
                    } else if (r.status() == 409 && r.json().has("currentSeq")) {
                        conflicts.incrementAndGet();
                        seq = r.json().get("currentSeq").asInt();
                    } else {
                        throw new AssertionError("unexpected reply " + r);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        JsonNode log =
                new Http(app).get("/api/v1/matches/" + matchId + "/events").json();
        assertThat(created.get()).isEqualTo(events.size());
        assertThat(conflicts.get()).isPositive();
        assertThat(log).hasSize(events.size());
        List<MatchEvent> stored = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            assertThat(log.get(i).get("seq").asInt()).isEqualTo(i + 1);
            stored.add(app.services().json().convert(log.get(i).get("event"), MatchEvent.class, "event"));
        }
        assertThat(stored).isEqualTo(events);
        assertThat(MatchState.replay(stored).seq()).isEqualTo(events.size());
    }

    @Test
    void retriesRacingTheirFirstAttemptAllGetItsResultAndStoreItOnce() throws Exception {
        Http admin = new Http(app);
        String token = admin.login("admin", TestServer.PASSWORD);
        long matchId = Fixtures.match(admin, "Retry race");
        List<MatchEvent> events = DevMatches.read("1082591.json").events().subList(0, 20);
        int copies = 6;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            for (int seq = 0; seq < events.size(); seq++) {
                // An outbox that timed out sends the same event again while the first attempt is still being
                // written: every copy waits for the match lock behind another one.
                String body = body(UUID.randomUUID(), seq, events.get(seq));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Http.Reply>> replies = new ArrayList<>();
                for (int c = 0; c < copies; c++) {
                    replies.add(pool.submit(() -> {
                        Http http = new Http(app).as(token);
                        go.await();
                        return http.post("/api/v1/matches/" + matchId + "/events", body);
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (Future<Http.Reply> f : replies) {
                    Http.Reply r = f.get(60, TimeUnit.SECONDS);
                    statuses.add(r.status());
                    bodies.add(r.body());
                }
                assertThat(statuses)
                        .as("ball %d", seq + 1)
                        .containsOnly(201, 200)
                        .containsOnlyOnce(201);
                assertThat(bodies).as("ball %d", seq + 1).allMatch(bodies.get(0)::equals);
            }
        } finally {
            pool.shutdown();
        }

        JsonNode log =
                new Http(app).get("/api/v1/matches/" + matchId + "/events").json();
        assertThat(log).hasSize(events.size());
    }

    private static String body(UUID id, int expectedSeq, MatchEvent event) {
        ObjectNode tree = app.services().json().mapper().valueToTree(event);
        tree.put("type", event.typeName());
        return "{\"eventId\":\"" + id + "\",\"expectedSeq\":" + expectedSeq + ",\"event\":" + tree + "}";
    }
}
