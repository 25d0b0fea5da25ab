package cricket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floor of bench/fan-out is a fair reference only while a reader gets from it what it gets from the real server:
 * the same response head and events of the size asked for, with Last-Event-ID honoured; and its own scoring must
 * leave the acks FanOutReport reads.
 */
class FanOutFloorTest {
    @TempDir
    Path dir;

    @Test
    void aStreamOfTheFloorHasTheRealServersHeadAndEventsOfTheGivenSize() throws Exception {
        App app = TestServer.startApp();
        List<String> realHead;
        try {
            TestServer.user(app, "admin", Role.ADMIN);
            User scorer = TestServer.user(app, "scorer", Role.SCORER);
            long matchId = CacheTestKit.match(app, "admin", scorer.id());
            try (Socket socket = stream(app.port(), matchId, null)) {
                realHead = withoutDate(head(socket.getInputStream()));
            }
        } finally {
            app.close();
        }
        try (FanOutFloor floor = FanOutFloor.start(dir, 0, true, 200, 690);
                Socket socket = stream(floor.port(), 1, null)) {
            InputStream in = socket.getInputStream();
            assertThat(withoutDate(head(in))).isEqualTo(realHead);
            String event = event(in);
            assertThat(event).startsWith("event: live\nid: 200\ndata: ");
            assertThat(event.getBytes(StandardCharsets.US_ASCII)).hasSize(690);
        }
    }

    @Test
    void aReaderThatHasTheNewestGetsOnlyTheNextBallWhichTheFloorScoresAndAcknowledges() throws Exception {
        try (FanOutFloor floor = FanOutFloor.start(dir, 0, true, 200, 690);
                Socket socket = stream(floor.port(), 1, "200")) {
            Thread plans = new Thread(() -> {
                try {
                    floor.followPlans();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            plans.setDaemon(true);
            plans.start();
            InputStream in = socket.getInputStream();
            assertThat(head(in).get(0)).isEqualTo("HTTP/1.1 200 OK");
            Files.writeString(dir.resolve("floor-score.tmp"), "1 100 0\n"); // one ball, as bench/fan-out/run asks
            Files.move(dir.resolve("floor-score.tmp"), dir.resolve("floor-score"));
            assertThat(event(in)).startsWith("event: live\nid: 201\n");
            Path acks = dir.resolve("acks");
            while (!Files.exists(acks)) {
                Thread.sleep(20);
            }
            assertThat(Files.readString(acks)).matches("201 \\d+ 201\n");
        }
    }

    private static Socket stream(int port, long matchId, String lastEventId) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        String resume = lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n";
        socket.getOutputStream()
                .write(("GET /api/v1/matches/" + matchId + "/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Accept: text/event-stream\r\n" + resume + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** The response head's lines, up to the blank line. */
    private static List<String> head(InputStream in) throws IOException {
        return List.of(readUntil(in, "\r\n\r\n").split("\r\n"));
    }

    /** One whole event, its blank line included. */
    private static String event(InputStream in) throws IOException {
        return readUntil(in, "\n\n");
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.US_ASCII).endsWith(end)) {
            int b = in.read();
            assertThat(b)
                    .as("more bytes before " + end.replace("\r", "\\r").replace("\n", "\\n"))
                    .isNotNegative();
            read.write(b);
        }
        return read.toString(StandardCharsets.US_ASCII);
    }

    private static List<String> withoutDate(List<String> head) {
        return head.stream().filter(line -> !line.startsWith("Date:")).collect(Collectors.toList());
    }
}
