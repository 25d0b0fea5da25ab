package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "gzip, deflate, br, zstd|BR",
                "gzip|GZIP",
                "br|BR",
                "BR;Q=1|BR",
                "br;q=0.5, gzip|GZIP",
                "br;q=0.8, gzip;q=0.8|BR",
                "br;q=0, gzip|GZIP",
                "gzip;q=0, br;q=0|IDENTITY",
                "*|BR",
                "*;q=0.5, gzip|GZIP",
                "br;q=0, *|GZIP",
                "gzip ; q=0.3 , br ; q=0.2|GZIP",
                "br;q=abc, gzip|GZIP",
                "identity|IDENTITY",
                "deflate, compress|IDENTITY",
                "''|IDENTITY",
                "none|IDENTITY"
            })
    void theCodingIsTheHighestWeightedWithBrotliPreferredOnATie(String acceptEncoding, Encodings.Coding expected) {
        assertThat(Encodings.choose(acceptEncoding, true, true)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"gzip, deflate, br|GZIP", "br|IDENTITY", "*|GZIP"})
    void withoutABrotliCopyGzipOrTheBodyIsSent(String acceptEncoding, Encodings.Coding expected) {
        assertThat(Encodings.choose(acceptEncoding, false, true)).isEqualTo(expected);
    }

    @Test
    void bothCopiesUnpackToTheBodyAndBrotliIsAvailableOnThisPlatform() throws IOException {
        byte[] body = "{\"matchId\":1,\"version\":3,\"summary\":\"India 86/0 (28)\"}"
                .repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.BROTLI_AVAILABLE)
                .as("the linux-x86_64 native library loads")
                .isTrue();
        byte[] br = Encodings.brotli(body, 5);
        assertThat(Decoder.decompress(br).getDecompressedData()).isEqualTo(body);
        byte[] gzip = Encodings.gzip(body);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
        assertThat(br.length).isLessThan(gzip.length);
    }
}
