package cricket.server.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cricket.api.Role;
import cricket.api.StoredEvent;
import cricket.scoring.MatchEvent;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Fixtures;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.db.Jdbc;
import cricket.server.domain.Conflict;
import cricket.server.fixture.FixtureRepository;
import cricket.server.fixture.FixtureSides;
import cricket.server.http.Json;
import cricket.server.http.Problems;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The usual ball is one statement when this instance holds the match's state; every other case (a state another
 * instance moved on, a stale seq, a retry of what another instance stored) still gets the locking path's answer.
 */
class OneStatementWriteTest {
    static final List<MatchEvent> EVENTS = DevMatches.read("1082591.json").events();
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

    /** An event writer of its own over the test database, with its own statement counter. */
    static final class Writer {
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final EventService service;

        Writer() {
            Jdbc jdbc = new Jdbc(TestServer.pool(), registry);
            Json json = new Json();
            EventRepository events = new EventRepository(jdbc, json);
            service = new EventService(
                    jdbc,
                    events,
                    new MatchStates(events),
                    MatchViewsListener.NONE,
                    new FixtureSides(new FixtureRepository(jdbc, json)));
        }

        double statements() {
            return registry.get("cricket_db_queries").counter().count();
        }

        EventService.Outcome write(long matchId, UUID eventId, int expectedSeq) {
            return service.record(matchId, eventId, expectedSeq, EVENTS.get(expectedSeq), null);
        }
    }

    @Test
    void aBallOnTheStateThisInstanceHoldsIsOneStatement() {
        long matchId = Fixtures.match(admin, "One statement");
        Writer writer = new Writer();
        writer.write(matchId, UUID.randomUUID(), 0); // state not held yet: the locking path, which loads it
        for (int seq = 1; seq < 6; seq++) {
            double before = writer.statements();
            EventService.Outcome outcome = writer.write(matchId, UUID.randomUUID(), seq);
            assertThat(writer.statements() - before)
                    .as("statements for ball %d", seq + 1)
                    .isEqualTo(1);
            assertThat(outcome.created()).isTrue();
            assertThat(outcome.result().seq()).isEqualTo(seq + 1);
        }
        assertThat(writer.service.events(matchId, 0))
                .extracting(StoredEvent::seq)
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void anInstanceWhoseStateAnotherMovedOnAnswersAsTheLockingPathDoes() {
        long matchId = Fixtures.match(admin, "Two instances");
        Writer first = new Writer();
        Writer second = new Writer();
        first.write(matchId, UUID.randomUUID(), 0);
        first.write(matchId, UUID.randomUUID(), 1); // first now holds the state at seq 2
        UUID storedBySecond = UUID.randomUUID();
        assertThat(second.write(matchId, storedBySecond, 2).result().seq()).isEqualTo(3);

        // The state first holds (seq 2) is no longer the match's: a write built on it is stale, not appended.
        Conflict stale = assertThrows(Conflict.class, () -> first.write(matchId, UUID.randomUUID(), 2));
        assertThat(new Problems(new Json()).problem(stale, "POST", "/").status())
                .isEqualTo(409);
        assertThat(stale.extensions()).containsEntry("currentSeq", 3);
        assertThat(stale.getMessage()).contains("stale").contains("seq 3");

        // A retry, through first, of the event second stored gets second's result and stores nothing.
        EventService.Outcome retry = first.write(matchId, storedBySecond, 2);
        assertThat(retry.created()).isFalse();
        assertThat(retry.result().seq()).isEqualTo(3);

        // And first writes on from the database's seq.
        assertThat(first.write(matchId, UUID.randomUUID(), 3).result().seq()).isEqualTo(4);
        assertThat(first.service.events(matchId, 0))
                .extracting(StoredEvent::seq)
                .containsExactly(1, 2, 3, 4);
        assertThat(first.service.events(matchId, 0).get(2).eventId()).isEqualTo(storedBySecond);
    }

    @Test
    void aRetryOfTheLastBallOnTheSameInstanceIsAnsweredNotStoredTwice() {
        long matchId = Fixtures.match(admin, "Retry");
        Writer writer = new Writer();
        writer.write(matchId, UUID.randomUUID(), 0);
        UUID ball = UUID.randomUUID();
        EventService.Outcome first = writer.write(matchId, ball, 1);
        EventService.Outcome again = writer.write(matchId, ball, 1);
        assertThat(again.created()).isFalse();
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(writer.service.events(matchId, 0)).hasSize(2);
    }
}
