package cricket.server.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compressed form goes to readers that accept it, and every reply says it varies by Accept-Encoding. */
class ViewReplyTest {
    static final byte[] BODY = "{\"version\":3}".getBytes(StandardCharsets.UTF_8);
    static final byte[] GZIP = {31, -117, 8, 0};

    private static String header(ViewReply reply, String name) {
        return reply.headers().stream()
                .filter(h -> h.name().equals(name))
                .map(ViewReply.Header::value)
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "gzip|true",
                "gzip, deflate, br|true",
                "br;q=1.0, GZIP;q=0.5|true",
                "*|true",
                "gzip;q=0|false",
                "gzip; q=0.0|false",
                "br|false",
                "identity|false",
                "none|false"
            })
    void theGzipFormGoesOnlyToReadersThatAcceptIt(String acceptEncoding, boolean gzipped) {
        ViewReply reply = ViewReply.to(new View(BODY, 3, GZIP, "HIT"), ViewKind.LIVE, null, acceptEncoding);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(gzipped ? GZIP : BODY);
        assertThat(header(reply, "Content-Encoding")).isEqualTo(gzipped ? "gzip" : null);
        assertThat(header(reply, "Vary")).isEqualTo("Accept-Encoding");
    }

    @ParameterizedTest
    @CsvSource(value = {"gzip", "identity"})
    void aNotModifiedReplySaysItVariesToo(String acceptEncoding) {
        ViewReply reply = ViewReply.to(new View(BODY, 3, GZIP, "HIT"), ViewKind.LIVE, "\"3\"", acceptEncoding);
        assertThat(reply.status()).isEqualTo(304);
        assertThat(reply.body()).isNull();
        assertThat(header(reply, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(reply, "ETag")).isEqualTo("\"3\"");
    }

    @ParameterizedTest
    @CsvSource(value = {"gzip"})
    void aViewWithoutACompressedFormNeitherVariesNorIsEncoded(String acceptEncoding) {
        ViewReply reply = ViewReply.to(new View(BODY, 3), ViewKind.LIVE, null, acceptEncoding);
        assertThat(reply.body()).isEqualTo(BODY);
        assertThat(header(reply, "Vary")).isNull();
        assertThat(header(reply, "Content-Encoding")).isNull();
    }

    /** The facts move no version: the card's ETag names its bytes too, the same for the same bytes. */
    @Test
    void aViewThatPrintsTheFactsHasAnEtagOfItsVersionAndItsBytes() {
        byte[] card = "%PDF- umpire A".getBytes(StandardCharsets.US_ASCII);
        byte[] edited = "%PDF- umpire B".getBytes(StandardCharsets.US_ASCII);
        String tag = ViewReply.etag(new View(card, 3), ViewKind.SCORECARD_PDF);

        assertThat(tag).matches("\"3-[0-9a-f]{8}\"");
        assertThat(ViewReply.etag(new View(card.clone(), 3), ViewKind.SCORECARD_PDF))
                .isEqualTo(tag);
        assertThat(ViewReply.etag(new View(edited, 3), ViewKind.SCORECARD_PDF)).isNotEqualTo(tag);
        assertThat(ViewReply.to(new View(edited, 3), ViewKind.SCORECARD_PDF, tag, null)
                        .status())
                .isEqualTo(200);
        assertThat(ViewReply.to(new View(card, 3), ViewKind.SCORECARD_PDF, tag, null)
                        .status())
                .isEqualTo(304);
        assertThat(ViewReply.etag(new View(card, 3), ViewKind.SCORECARD)).isEqualTo("\"3\"");
    }
}
