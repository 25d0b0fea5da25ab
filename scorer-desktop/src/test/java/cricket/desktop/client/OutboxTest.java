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
    void entriesWrittenBeforeACrashAreStillThereAfterReopening() {
        Outbox first = new Outbox(folder);
        first.add(9, 0, ball(1));
        first.add(9, 1, ball(4));
        // no close(): as if the laptop lost power

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
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo(new OutboxStatus(true, 0));
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
                    .contains("Reload from server");
            assertThat(status.waiting()).isEqualTo(2);
            Thread.sleep(300);
            assertThat(server.getRequestCount())
                    .as("nothing sent after the conflict")
                    .isEqualTo(3);
            assertThat(outbox.unsent(9))
                    .extracting(OutboxEntry::state)
                    .containsExactly(OutboxEntry.State.CONFLICT, OutboxEntry.State.PENDING);

            assertThat(outbox.setAside(9)).isEqualTo(2);
            assertThat(outbox.status()).isEqualTo(new OutboxStatus(true, 0));
        }
        try (Outbox reopened = new Outbox(folder)) {
            assertThat(java.nio.file.Files.readString(folder.resolve("outbox.jsonl")))
                    .as("set-aside events are kept in the journal")
                    .contains("SET_ASIDE");
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
