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
    void aRefusedStreamIsNotRead() {
        byte[] refused =
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII);
        EventStream events = new EventStream(BASE, VERSIONS);
        assertThat(events.feed(refused, 0, refused.length, 1)).isEqualTo(EventStream.Fed.REFUSED);
        assertThat(events.arrivals()).containsOnly(0L);
    }

    /**
     * The same stream as nginx passes it to an HTTP/1.1 client: in chunks (here of every size from 1 to 97 bytes, so
     * that size lines fall inside {@code id:} lines), read in pieces of other sizes: every version is seen in the
     * read that brings the end of its id line, and the last chunk ends the stream (nginx's way of passing on that
     * the instance behind it died), so that the client opens it again.
     */
    @Test
    void aChunkedStreamIsReadWhereverTheChunksAndTheReadsCutIt() {
        byte[] plain = stream();
        String text = new String(plain, StandardCharsets.US_ASCII);
        int bodyStart = text.indexOf("\r\n\r\n") + 4;
        for (int chunkSize : new int[] {1, 3, 17, 97}) {
            StringBuilder chunked =
                    new StringBuilder(text.substring(0, bodyStart - 2)).append("Transfer-Encoding: chunked\r\n\r\n");
            int[] framedAt = new int[plain.length]; // where each body byte of the plain stream sits once framed
            for (int at = bodyStart; at < text.length(); at += chunkSize) {
                String data = text.substring(at, Math.min(text.length(), at + chunkSize));
                chunked.append(Integer.toHexString(data.length())).append(";x=1\r\n");
                for (int k = 0; k < data.length(); k++) {
                    framedAt[at + k] = chunked.length() + k;
                }
                chunked.append(data).append("\r\n");
            }
            chunked.append("0\r\n\r\n");
            byte[] bytes = chunked.toString().getBytes(StandardCharsets.US_ASCII);
            for (int size : new int[] {1, 2, 5, 31, 33, 700, bytes.length}) {
                EventStream events = new EventStream(BASE, VERSIONS);
                byte[] copy = bytes.clone(); // feed takes the framing out of the array it is given
                int read = 0;
                int endedAt = 0;
                for (int from = 0; from < copy.length && endedAt == 0; from += size) {
                    read++;
                    EventStream.Fed fed = events.feed(copy, from, Math.min(copy.length, from + size), read);
                    if (fed == EventStream.Fed.ENDED) {
                        endedAt = read;
                    } else {
                        assertThat(fed).isEqualTo(EventStream.Fed.READING);
                    }
                }
                int lastChunkLineEnd = copy.length - 3; // the '\n' of the closing "0\r\n\r\n"
                assertThat(endedAt)
                        .as("the last chunk ends the stream, chunks of %d, reads of %d", chunkSize, size)
                        .isEqualTo(lastChunkLineEnd / size + 1);
                assertThat(events.lastVersion())
                        .as("chunks of %d, reads of %d", chunkSize, size)
                        .isEqualTo(BASE + VERSIONS - 1);
                for (int v = BASE; v < BASE + VERSIONS; v++) {
                    long expected = framedAt[idLineEnd(plain, v)] / size + 1;
                    assertThat(events.arrivals()[v - BASE])
                            .as("version %d, chunks of %d, reads of %d", v, chunkSize, size)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
