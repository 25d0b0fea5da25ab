package cricket.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.MatchEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    @TempDir
    Path folder;

    private static MatchEvent ball(int runs) {
        return new BallBowled(new Delivery("Bowler", "Striker", "Other", runs, false, null, null, false, null));
    }

    private static ApiClient signedIn(MockWebServer server) {
        ApiClient api = new ApiClient(server.url("/").toString());
        server.enqueue(ApiClientTest.json(200, "{\"token\":\"t\",\"user\":{\"id\":1,\"username\":\"ann\"}}"));
        api.login("ann", "pw");
        return api;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(20);
        }
    }

    private static List<JsonNode> posted(MockWebServer server, int count) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        while (bodies.size() < count) {
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request).as("request %d of %d", bodies.size() + 1, count).isNotNull();
            if (request.getUrl().encodedPath().endsWith("/events")) {
                bodies.add(ApiClient.MAPPER.readTree(request.getBody().utf8()));
            }
        }
        return bodies;
    }

    @Test
    void entriesWrittenBeforeACrashAreStillThereAfterReopening() throws Exception {
        // A console in a process of its own adds two balls and is killed: no close, as if the laptop lost power.
        Process crashed = HoldFolder.start(folder, "add");
        crashed.destroyForcibly();
        assertThat(crashed.waitFor(20, TimeUnit.SECONDS)).isTrue();

        try (Outbox reopened = new Outbox(folder)) {
            assertThat(reopened.unsent(9)).extracting(OutboxEntry::expectedSeq).containsExactly(0, 1);
            assertThat(reopened.unsent(9).get(1).event()).isEqualTo(ball(4));
            assertThat(reopened.status().waiting()).isEqualTo(2);
        }
    }

    @Test
    void eventsGoInOrderAndAreMarkedSent() throws Exception {
        try (MockWebServer server = new MockWebServer();
                Outbox outbox = new Outbox(folder)) {
            server.start();
            ApiClient api = signedIn(server);
            server.takeRequest();
            for (int i = 0; i < 3; i++) {
                server.enqueue(ApiClientTest.json(201, "{\"seq\":" + (i + 1) + "}"));
            }
            outbox.add(9, 0, ball(0));
            outbox.add(9, 1, ball(2));
            outbox.add(9, 2, ball(6));

            outbox.start(api);

            List<JsonNode> bodies = posted(server, 3);
            assertThat(bodies).extracting(b -> b.path("expectedSeq").asInt()).containsExactly(0, 1, 2);
            assertThat(bodies)
                    .extracting(b ->
                            b.path("event").path("delivery").path("batterRuns").asInt())
                    .containsExactly(0, 2, 6);
            await(() -> outbox.status().waiting() == 0);
        }
        try (Outbox reopened = new Outbox(folder)) {
            assertThat(reopened.unsent(9)).isEmpty();
        }
    }

    @Test
    void aRemovedListenerHearsNoMoreOfTheOutbox() throws Exception {
        List<OutboxStatus> heard = new CopyOnWriteArrayList<>();
        Consumer<OutboxStatus> screen = heard::add;
        try (Outbox outbox = new Outbox(folder)) {
            outbox.addListener(screen);
            outbox.add(9, 0, ball(1));
            int before = heard.size();
            assertThat(before).as("told at once and of the new ball").isGreaterThanOrEqualTo(2);

            outbox.removeListener(screen);
            outbox.add(9, 1, ball(2));

            assertThat(heard).hasSize(before);
        }
    }

    @Test
    void whileTheServerIsDownEventsWaitAndThenArriveExactlyOnceInOrder() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        List<OutboxStatus> statuses = new CopyOnWriteArrayList<>();
        try (Outbox outbox = new Outbox(folder)) {
            outbox.addListener(statuses::add);
            outbox.start(api);
            for (int i = 0; i < 6; i++) {
                outbox.add(9, i, ball(i % 4));
            }
            await(() -> !outbox.status().online());
            assertThat(outbox.status().waiting()).isEqualTo(6);

            try (MockWebServer server = new MockWebServer()) {
                for (int i = 0; i < 6; i++) {
                    server.enqueue(ApiClientTest.json(201, "{\"seq\":" + (i + 1) + "}"));
                }
                server.start(InetAddress.getByName("127.0.0.1"), port);
                outbox.retryNow();

                List<JsonNode> bodies = posted(server, 6);
                await(() -> outbox.status().waiting() == 0);
                assertThat(bodies)
                        .extracting(b -> b.path("expectedSeq").asInt())
                        .containsExactly(0, 1, 2, 3, 4, 5);
                assertThat(bodies).extracting(b -> b.path("eventId").asText()).doesNotHaveDuplicates();
                assertThat(server.getRequestCount()).isEqualTo(6);
            }
        }
        assertThat(statuses).anyMatch(s -> !s.online() && s.waiting() == 6);
        OutboxStatus last = statuses.get(statuses.size() - 1);
        assertThat(last).isEqualTo(new OutboxStatus(true, 0, 0, null, null, last.lastAnswer()));
        assertThat(last.lastAnswer().kind()).isEqualTo(ServerAnswer.Kind.ACCEPTED);
        assertThat(last.lastAnswer().text()).isEqualTo("accepted BallBowled as seq 6");
    }

    @Test
    void aConflictStopsSendingAndSaysWhatToDoWithoutDroppingAnything() throws Exception {
        try (MockWebServer server = new MockWebServer();
                Outbox outbox = new Outbox(folder)) {
            server.start();
            ApiClient api = signedIn(server);
            server.takeRequest();
            server.enqueue(ApiClientTest.json(201, "{\"seq\":1}"));
            server.enqueue(ApiClientTest.json(
                    409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"stale\",\"currentSeq\":3}"));
            outbox.add(9, 0, ball(1));
            outbox.add(9, 1, ball(2));
            outbox.add(9, 2, ball(3));

            outbox.start(api);

            await(() -> outbox.status().problem() != null);
            OutboxStatus status = outbox.status();
            assertThat(status.problem())
                    .contains("Someone else has scored this match")
                    .contains("server has 3 events")
                    .contains("re-apply, edit or drop");
            assertThat(status.stopped()).isEqualTo(OutboxStatus.Stopped.CONFLICT);
            assertThat(status.waiting()).isEqualTo(2);
            assertThat(status.lastAnswer().kind()).isEqualTo(ServerAnswer.Kind.REFUSED);
            assertThat(status.lastAnswer().text()).isEqualTo("409 refused: stale");
            Thread.sleep(300);
            assertThat(server.getRequestCount())
                    .as("nothing sent after the conflict")
                    .isEqualTo(3);
            assertThat(outbox.unsent(9))
                    .extracting(OutboxEntry::state)
                    .containsExactly(OutboxEntry.State.CONFLICT, OutboxEntry.State.PENDING);

            assertThat(outbox.setAside(9)).extracting(SetAsideEntry::event).containsExactly(ball(2), ball(3));
            assertThat(outbox.status()).isEqualTo(new OutboxStatus(true, 0, 2, null, null, status.lastAnswer()));
        }
        try (Outbox reopened = new Outbox(folder)) {
            assertThat(reopened.undecided(9))
                    .as("set-aside events are kept for the scorer's decision across a restart")
                    .extracting(SetAsideEntry::event)
                    .containsExactly(ball(2), ball(3));
            assertThat(reopened.unsent(9)).isEmpty();
            assertThat(java.nio.file.Files.readString(folder.resolve("outbox.jsonl")))
                    .as("moved out of the journal into the set-aside file")
                    .isEmpty();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {400, 403, 409, 422})
    void anEventTheServerRefusesIsSetAsideWithItsReasonAndTheOnesAfterItWaitForTheScorer(int status) throws Exception {
        try (MockWebServer server = new MockWebServer();
                Outbox outbox = new Outbox(folder)) {
            server.start();
            ApiClient api = signedIn(server);
            server.takeRequest();
            server.enqueue(ApiClientTest.json(201, "{\"seq\":1}"));
            server.enqueue(ApiClientTest.json(
                    status, "{\"status\":" + status + ",\"detail\":\"batterRuns must be 0-8, got 9\"}"));
            server.enqueue(ApiClientTest.json(201, "{\"seq\":2}"));
            outbox.add(9, 0, ball(1));
            outbox.add(9, 1, ball(2));
            outbox.add(9, 2, ball(3));

            outbox.start(api);

            await(() -> outbox.status().stopped() != null);
            assertThat(outbox.status().stopped()).isEqualTo(OutboxStatus.Stopped.REFUSED);
            assertThat(outbox.status().problem())
                    .contains("refused this console's event 2 (BallBowled): batterRuns must be 0-8, got 9")
                    .contains("re-apply, edit or drop");
            Thread.sleep(300);
            assertThat(server.getRequestCount())
                    .as("the ball after the refused one is not sent on a state the server does not have")
                    .isEqualTo(3);
            assertThat(outbox.stoppedOn(9)).isTrue();
            assertThat(outbox.stoppedOn(8)).isFalse();

            List<SetAsideEntry> aside = outbox.setAside(9);

            assertThat(aside).extracting(SetAsideEntry::event).containsExactly(ball(2), ball(3));
            assertThat(aside.get(0).reason()).isEqualTo("batterRuns must be 0-8, got 9");
            assertThat(aside.get(1).reason()).contains("entered after \"BallBowled 2\", which was set aside");
            assertThat(outbox.status().stopped()).as("sending goes on").isNull();

            outbox.reapply(aside.get(1), 1, ball(3));
            outbox.drop(aside.get(0));
            JsonNode reapplied = posted(server, 3).get(2);
            assertThat(reapplied.path("eventId").asText())
                    .isEqualTo(aside.get(1).eventId().toString());
            assertThat(reapplied.path("expectedSeq").asInt()).isEqualTo(1);
            await(() -> outbox.status().waiting() == 0);
            assertThat(outbox.status().setAside()).isZero();
        }
        try (Outbox reopened = new Outbox(folder)) {
            assertThat(reopened.setAsideEntries(9))
                    .extracting(SetAsideEntry::decision)
                    .containsExactly(SetAsideEntry.Decision.DROPPED, SetAsideEntry.Decision.REAPPLIED);
            assertThat(java.nio.file.Files.readString(folder.resolve("set-aside.jsonl")))
                    .contains("\"decision\":\"DROPPED\"");
        }
    }

    @Test
    void aServerThatAsksToSlowDownIsRetriedNotRefused() throws Exception {
        try (MockWebServer server = new MockWebServer();
                Outbox outbox = new Outbox(folder)) {
            server.start();
            ApiClient api = signedIn(server);
            server.takeRequest();
            server.enqueue(ApiClientTest.json(429, "{\"status\":429,\"detail\":\"too many requests\"}"));
            server.enqueue(ApiClientTest.json(201, "{\"seq\":1}"));
            outbox.add(9, 0, ball(1));

            outbox.start(api);

            List<JsonNode> bodies = posted(server, 2);
            assertThat(bodies)
                    .extracting(b -> b.path("eventId").asText())
                    .as("the same event tried again")
                    .containsOnly(bodies.get(0).path("eventId").asText());
            await(() -> outbox.status().waiting() == 0);
            assertThat(outbox.status().stopped()).isNull();
        }
    }

    @Test
    void aReplyOfTheSameEventIdIsTakenAsSent() throws Exception {
        try (MockWebServer server = new MockWebServer();
                Outbox outbox = new Outbox(folder)) {
            server.start();
            ApiClient api = signedIn(server);
            server.takeRequest();
            server.enqueue(ApiClientTest.json(200, "{\"seq\":1}"));
            outbox.add(9, 0, ball(1));

            outbox.start(api);

            await(() -> outbox.status().waiting() == 0);
            assertThat(outbox.status().problem()).isNull();
        }
    }

    @Test
    void aServerThatAlreadyHasAnEventAcknowledgesIt() throws IOException {
        try (Outbox outbox = new Outbox(folder)) {
            OutboxEntry entry = outbox.add(9, 0, ball(1));
            outbox.acknowledge(entry.eventId());
            assertThat(outbox.unsent(9)).isEmpty();
        }
    }
}
