package cricket.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ViewRendererTest {
    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGzipFormIsTheSameBodyCompressed() {
        byte[] body = "{\"matchId\":1,\"runs\":123}".repeat(50).getBytes();
        CachedView view = ViewRenderer.view(7, body, cricket.server.publicread.ViewKind.Media.JSON);
        assertThat(gunzip(view.gzip())).isEqualTo(body);
        assertThat(view.gzip().length).isLessThan(body.length);
        assertThat(view.version()).isEqualTo(7);
    }
}
