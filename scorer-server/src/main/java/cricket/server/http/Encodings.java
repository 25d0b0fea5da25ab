package cricket.server.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compressed copies the cached views and the pages' files keep (gzip, and brotli where brotli4j's native library
 * loads: Linux x86-64 is the one shipped), each made once, and which of them a request's Accept-Encoding gets.
 */
public final class Encodings {
    private static final Logger log = LoggerFactory.getLogger(Encodings.class);

    /** What a reply's body is sent as. */
    public enum Coding {
        IDENTITY,
        GZIP,
        BR
    }

    /** Whether brotli copies are made: false where the native library is missing, and gzip alone is served. */
    public static final boolean BROTLI_AVAILABLE = loadBrotli();

    private Encodings() {}

    private static boolean loadBrotli() {
        try {
            if (Brotli4jLoader.isAvailable()) {
                return true;
            }
            log.warn(
                    "brotli unavailable, serving gzip only: {}",
                    String.valueOf(Brotli4jLoader.getUnavailabilityCause()));
        } catch (LinkageError e) {
            log.warn("brotli unavailable, serving gzip only: {}", e.toString());
        }
        return false;
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip of an in-memory body failed", e);
        }
        return out.toByteArray();
    }

    /** The body in brotli at {@code quality} (0-11), or null when brotli is unavailable here. */
    public static byte[] brotli(byte[] body, int quality) {
        if (!BROTLI_AVAILABLE) {
            return null;
        }
        try {
            // A window no larger than the body (brotli's default is 4 MB): its tables are made, and zeroed, per call.
            int window = Math.max(10, Math.min(22, 33 - Integer.numberOfLeadingZeros(Math.max(1, body.length))));
            return Encoder.compress(
                    body, new Encoder.Parameters().setQuality(quality).setWindow(window));
        } catch (IOException e) {
            throw new UncheckedIOException("brotli of an in-memory body failed", e);
        }
    }

    /**
     * The coding to send of those there are (the body always; brotli and gzip when given): the one the header
     * weighs highest (q-value, 1 when not given; {@code *} stands for a coding not named; q=0 refuses), brotli over
     * gzip when they weigh the same, the body itself when neither is accepted or there is no header.
     */
    public static Coding choose(String acceptEncoding, boolean haveBr, boolean haveGzip) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return Coding.IDENTITY;
        }
        double br = haveBr ? weight(acceptEncoding, "br") : 0;
        double gzip = haveGzip ? weight(acceptEncoding, "gzip") : 0;
        if (br > 0 && br >= gzip) {
            return Coding.BR;
        }
        return gzip > 0 ? Coding.GZIP : Coding.IDENTITY;
    }

    /** The q-value the header gives {@code coding} (or {@code *} when it is not named), 0 when neither is there. */
    static double weight(String header, String coding) {
        double star = 0;
        int at = 0;
        while (at <= header.length()) {
            int end = header.indexOf(',', at);
            if (end < 0) {
                end = header.length();
            }
            int semi = header.indexOf(';', at);
            int nameEnd = semi >= 0 && semi < end ? semi : end;
            int from = skipSpaces(header, at, nameEnd);
            int to = nameEnd;
            while (to > from && header.charAt(to - 1) == ' ') {
                to--;
            }
            double q = nameEnd < end ? q(header.substring(nameEnd + 1, end)) : 1;
            if (to - from == coding.length() && header.regionMatches(true, from, coding, 0, coding.length())) {
                return q;
            }
            if (to - from == 1 && header.charAt(from) == '*') {
                star = q;
            }
            at = end + 1;
        }
        return star;
    }

    private static int skipSpaces(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    /** The q of a coding's parameters ({@code q=0.5}); 1 when absent, 0 when unreadable (a client's mistake). */
    private static double q(String params) {
        for (String p : params.split(";")) {
            String t = p.replace(" ", "");
            if (t.startsWith("q=") || t.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(t.substring(2));
                    return q < 0 || q > 1 ? 0 : q;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
