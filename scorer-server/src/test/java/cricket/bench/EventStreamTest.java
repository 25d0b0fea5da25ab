package cricket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The fan-out client's reading of a stream, whichever way the socket cuts it: every version is seen in the read
 * that completes its {@code id:} line, however the reads split the lines, and nothing else counts as a version.
 */
class EventStreamTest {
    private static final int BASE = 5;
    private static final int VERSIONS = 5;

    /** A stream's bytes as the server sends them: the head, then versions 5 to 9 and keep-alives between. */
    private static byte[] stream() {
        StringBuilder s = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream;charset=utf-8\r\n"
                + "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
        for (int v = BASE; v < BASE + VERSIONS; v++) {
            // A data line as long as a live summary, with an "id:" inside it that is not at a line's start.
            s.append("event: live\nid: ").append(v).append("\ndata: {\"matchId\":2,\"note\":\"id: 99\",\"pad\":\"");
            s.append("r".repeat(650)).append("\"}\n\n");
            s.append(": keep-alive\n\n");
        }
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The offset of the line end after {@code id: v}, found independently of the parser. */
    private static int idLineEnd(byte[] bytes, int version) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        return text.indexOf('\n', text.indexOf("\nid: " + version + "\n") + 1);
    }

    @Test
    void everyVersionArrivesInTheReadThatEndsItsIdLineHoweverTheReadsAreCut() {
        byte[] bytes = stream();
        for (int size : new int[] {1, 2, 3, 5, 7, 13, 31, 32, 33, 64, 100, 701, 4096, bytes.length}) {
            EventStream events = new EventStream(BASE, VERSIONS);
            int read = 0;
            for (int from = 0; from < bytes.length; from += size) {
                read++;
                EventStream.Fed fed = events.feed(bytes, from, Math.min(bytes.length, from + size), read);
                assertThat(fed).as("reads of %d bytes", size).isEqualTo(EventStream.Fed.READING);
            }
            for (int v = BASE; v < BASE + VERSIONS; v++) {
                long expected = idLineEnd(bytes, v) / size + 1;
                assertThat(events.arrivals()[v - BASE])
                        .as("version %d in reads of %d bytes", v, size)
                        .isEqualTo(expected);
            }
            assertThat(events.lastVersion()).as("reads of %d bytes", size).isEqualTo(BASE + VERSIONS - 1);
        }
    }

    @Test
    void aVersionAlreadyHadKeepsItsFirstArrivalAfterAReconnect() {
        byte[] bytes = stream();
        EventStream events = new EventStream(BASE, VERSIONS);
        events.feed(bytes, 0, bytes.length, 10);
        events.reset();
        events.feed(bytes, 0, bytes.length, 20);
        assertThat(events.arrivals()).containsOnly(10L);
    }

    @Test
    void aRefusedStreamOrAChunkedOneIsNotRead() {
        byte[] refused =
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII);
        assertThat(new EventStream(BASE, VERSIONS).feed(refused, 0, refused.length, 1))
                .isEqualTo(EventStream.Fed.REFUSED);
        byte[] chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\nevent: live\nid: 5\n"
                .getBytes(StandardCharsets.US_ASCII);
        EventStream events = new EventStream(BASE, VERSIONS);
        assertThat(events.feed(chunked, 0, chunked.length, 1)).isEqualTo(EventStream.Fed.CHUNKED);
        assertThat(events.arrivals()).containsOnly(0L);
    }
}
