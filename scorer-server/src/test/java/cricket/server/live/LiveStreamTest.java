package cricket.server.live;

import static cricket.server.cache.CacheTestKit.balls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.ServerConfig;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live push over real HTTP: two instances on the shared embedded PostgreSQL and Redis, streams read as sent. */
class LiveStreamTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static App writerSide;
    static App readerSide;
    static User scorer;
    long matchId;
    Http scorerHttp;

    @BeforeAll
    static void start() {
        writerSide = TestServer.startApp();
        readerSide = App.create(ServerConfig.local().withBcryptCost(4), TestServer.pool(), TestServer.redis())
                .start();
        TestServer.user(writerSide, "admin", Role.ADMIN);
        scorer = TestServer.user(writerSide, "scorer", Role.SCORER);
    }

    @AfterAll
    static void stop() {
        readerSide.close();
        writerSide.close();
    }

    @BeforeEach
    void newMatch() {
        matchId = CacheTestKit.match(writerSide, "admin", scorer.id());
        scorerHttp = new Http(writerSide);
        scorerHttp.login("scorer", TestServer.PASSWORD);
    }

    /**
     * An instance learns of matches created elsewhere when it next re-reads the highest match id (at most once a
     * second, so that random ids cannot reach the database), and of a new version through the channel a few
     * milliseconds after the writer's reply: wait until the reading side holds {@code version}, so that what a
     * stream opened there sends first is that version, not one it held a moment before.
     */
    void awaitOnReaderSide(int version) throws Exception {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (true) {
            Http.Reply live = new Http(readerSide).get("/api/v1/matches/" + matchId + "/live");
            if (live.status() == 200 && live.json().get("version").asInt() >= version) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("version " + version + " on the reading side")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    record Event(String id, String name, String data) {
        int version() {
            try {
                return MAPPER.readTree(data).get("version").asInt();
            } catch (IOException e) {
                throw new AssertionError("data is not JSON: " + data, e);
            }
        }
    }

    /** An open stream: its events arrive on a queue as the server sends them. */
    static final class Stream implements AutoCloseable {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final HttpResponse<java.util.stream.Stream<String>> response;
        private final CompletableFuture<Void> reader;

        Stream(App app, long matchId, String lastEventId) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port() + "/api/v1/matches/" + matchId + "/stream"))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            response = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).as("stream status").isEqualTo(200);
            reader = CompletableFuture.runAsync(this::read);
        }

        private void read() {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        }

        Event next() throws InterruptedException {
            Event e = events.poll(5, TimeUnit.SECONDS);
            assertThat(e).as("an event within 5 s").isNotNull();
            return e;
        }

        @Override
        public void close() {
            reader.cancel(true);
            response.body().close();
        }
    }

    @Test
    void aBallPostedOnOneInstanceReachesAStreamOnTheOtherAsTheNewVersion() throws Exception {
        balls(writerSide, scorerHttp, matchId, 1, 2);
        awaitOnReaderSide(2);
        try (Stream stream = new Stream(readerSide, matchId, null)) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/event-stream");
            assertThat(stream.response.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("*");
            Event first = stream.next();
            assertThat(first.id()).isEqualTo("2");
            assertThat(first.name()).isEqualTo("live");
            assertThat(first.version()).isEqualTo(2);

            balls(writerSide, scorerHttp, matchId, 3, 3);
            Event pushed = stream.next();
            assertThat(pushed.id()).isEqualTo("3");
            assertThat(pushed.version()).isEqualTo(3);
            assertThat(pushed.data())
                    .isEqualTo(new Http(writerSide)
                            .get("/api/v1/matches/" + matchId + "/live")
                            .body());
        }
    }

    /**
     * The events are written straight to the connection (EndPointSink), which is right only if the body is framed
     * by the connection's end: a chunked body would be corrupted by them.
     */
    @Test
    void theStreamsBodyIsItsEventsAsTheyAreUpToTheConnectionsEnd() throws Exception {
        balls(writerSide, scorerHttp, matchId, 1, 2);
        awaitOnReaderSide(2);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", readerSide.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("GET /api/v1/matches/" + matchId + "/stream HTTP/1.1\r\nHost: x\r\n"
                                    + "Accept: text/event-stream\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                head.add(line.toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(head.get(0)).startsWith("http/1.1 200");
            assertThat(head).contains("connection: close").noneMatch(h -> h.startsWith("transfer-encoding"));
            String live = new Http(readerSide)
                    .get("/api/v1/matches/" + matchId + "/live")
                    .body();
            assertThat(List.of(in.readLine(), in.readLine(), in.readLine(), in.readLine()))
                    .containsExactly("event: live", "id: 2", "data: " + live, "");
        }
    }

    /**
     * A reader that stops reading fills its socket: the sender's direct write then leaves the rest of an event to
     * Jetty, and the versions that come meanwhile are coalesced. When it reads again it must get whole events, in
     * order, up to the newest (a write that dropped the rest of an event it could not write at once fails this:
     * the newest would never come). The server's send buffer per stream ({@link EndPointSink#SEND_BUFFER_BYTES})
     * and the small receive buffer here make the socket fill well before the newest version.
     */
    @Test
    void aReaderThatStopsReadingGetsWholeEventsInOrderUpToTheNewestWhenItReadsAgain() throws Exception {
        int newest = 150;
        balls(writerSide, scorerHttp, matchId, 1, 2);
        awaitOnReaderSide(2);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.setReceiveBufferSize(1024); // before the connect, so the window stays small
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", readerSide.port()));
            socket.setSoTimeout(5000);
            socket.getOutputStream()
                    .write(("GET /api/v1/matches/" + matchId + "/stream HTTP/1.1\r\nHost: x\r\n"
                                    + "Accept: text/event-stream\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            balls(writerSide, scorerHttp, matchId, 3, newest); // nothing read meanwhile
            awaitOnReaderSide(newest);
            Thread.sleep(300); // the newest version's write is tried on the full socket before reading starts
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                // the head
            }
            List<Integer> ids = new ArrayList<>();
            while (ids.isEmpty() || ids.get(ids.size() - 1) < newest) {
                String first = in.readLine();
                if (first.startsWith(":")) { // a keep-alive comment and its blank line
                    assertThat(in.readLine()).isEmpty();
                    continue;
                }
                assertThat(first).isEqualTo("event: live");
                String id = in.readLine();
                assertThat(id).startsWith("id: ");
                int version = Integer.parseInt(id.substring(4));
                String data = in.readLine();
                assertThat(data).startsWith("data: ");
                assertThat(MAPPER.readTree(data.substring(6)).get("version").asInt())
                        .isEqualTo(version);
                assertThat(in.readLine()).isEmpty();
                if (!ids.isEmpty()) {
                    assertThat(version).isGreaterThan(ids.get(ids.size() - 1));
                }
                ids.add(version);
            }
            assertThat(ids.get(ids.size() - 1)).isEqualTo(newest);
            assertThat(ids.size()).as("events, against %d versions", newest - 1).isLessThan(newest - 1);
        }
    }

    @Test
    void manyStreamsOnAnInstanceAreFedFromTheChannelWithoutADatabaseQuery() throws Exception {
        balls(writerSide, scorerHttp, matchId, 1, 2);
        awaitOnReaderSide(2);
        List<Stream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                streams.add(new Stream(readerSide, matchId, null));
            }
            for (Stream s : streams) {
                assertThat(s.next().id()).isEqualTo("2");
            }
            double queries = CacheTestKit.settledDbQueries(readerSide, 300);
            balls(writerSide, scorerHttp, matchId, 3, 5);
            for (Stream s : streams) {
                int newest = 0;
                while (newest < 5) {
                    newest = Integer.parseInt(s.next().id());
                }
                assertThat(newest).isEqualTo(5);
            }
            assertThat(CacheTestKit.dbQueries(readerSide)).isEqualTo(queries);
        } finally {
            streams.forEach(Stream::close);
        }
    }

    @Test
    void pastItsStreamLimitAnInstanceTurnsReadersAwayTo503NamingTheLiveSummaryToPoll() throws Exception {
        balls(writerSide, scorerHttp, matchId, 1, 2);
        try (App small = App.create(
                                ServerConfig.local().withBcryptCost(4).withMaxLiveStreams(2),
                                TestServer.pool(),
                                TestServer.redis())
                        .start();
                Stream first = new Stream(small, matchId, null);
                Stream second = new Stream(small, matchId, null)) {
            assertThat(first.next().id()).isEqualTo("2");
            assertThat(second.next().id()).isEqualTo("2");

            HttpResponse<String> third = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port() + "/api/v1/matches/"
                                            + matchId + "/stream"))
                                    .header("Accept", "text/event-stream")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(third.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(MAPPER.readTree(third.body()).get("detail").asText())
                    .contains("2 live streams open")
                    .contains("/api/v1/matches/" + matchId + "/live");
        }
    }

    @Test
    void lastEventIdResumesTheCurrentVersionIsSentOnlyWhenTheClientIsBehind() throws Exception {
        balls(writerSide, scorerHttp, matchId, 1, 4);
        awaitOnReaderSide(4);
        try (Stream upToDate = new Stream(readerSide, matchId, "4");
                Stream behind = new Stream(readerSide, matchId, "2")) {
            assertThat(behind.next().id()).isEqualTo("4");
            assertThat(upToDate.events.poll(700, TimeUnit.MILLISECONDS))
                    .as("no event for a client that has the current version")
                    .isNull();
            balls(writerSide, scorerHttp, matchId, 5, 5);
            assertThat(upToDate.next().id()).isEqualTo("5");
            assertThat(behind.next().id()).isEqualTo("5");
        }
    }

    @Test
    void anUnknownMatchABadLastEventIdOrAMissingAcceptAreClearErrorsNotStreams() {
        Http http = new Http(readerSide);
        Http.Reply unknown = http.get("/api/v1/matches/987654/stream", "Accept", "text/event-stream");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Http.Reply badId =
                new Http(readerSide).get("/api/v1/matches/" + matchId + "/stream?x=1", "Last-Event-ID", "yesterday");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("detail").asText()).contains("Last-Event-ID", "yesterday");

        Http.Reply noAccept = http.get("/api/v1/matches/" + matchId + "/stream");
        assertThat(noAccept.status()).isEqualTo(406);
        assertThat(noAccept.json().get("detail").asText()).contains("text/event-stream");
    }
}
