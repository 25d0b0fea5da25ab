package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A match's live view as {@link ViewStore} publishes it on {@link ViewStore#LIVE_CHANNEL} when it stores it:
 * {@code <matchId>:<version>:<bodyLength>\n}, the body, then its gzip. Taken in on Lettuce's thread as it arrives,
 * before the {@code <matchId>:<version>} message that follows it, so the view readers poll for a new ball waits
 * neither for a fetch nor behind the worker's slower pulls (big views, tables, the live list). Like a fetch, it only
 * refreshes a live view held here, and the near cache keeps the newer of two versions whatever order they come in.
 */
final class PushedLiveViews {
    private static final Logger log = LoggerFactory.getLogger(PushedLiveViews.class);

    private final NearCache near;
    private final NewVersions versions;

    PushedLiveViews(NearCache near, NewVersions versions) {
        this.near = near;
        this.versions = versions;
    }

    /**
     * The message's head, {@code <matchId>:<version>:<bodyLength>\n}: the store's script appends the body and gzip it
     * is storing anyway, so the view goes to Redis once, not once for the hash and again for the message.
     */
    static byte[] head(Subject.Match match, int version, CachedView view) {
        return (match.id() + ":" + version + ":" + view.body().length + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Keeps the pushed view if it is newer than the live view held here; a malformed message is logged, not kept. */
    void arrived(byte[] message) {
        int end = indexOf(message, (byte) '\n');
        String[] head = end < 0 ? new String[0] : new String(message, 0, end, StandardCharsets.US_ASCII).split(":");
        try {
            Subject.Match match = new Subject.Match(Long.parseLong(head[0]));
            int version = Integer.parseInt(head[1]);
            int bodyLength = Integer.parseInt(head[2]);
            if (bodyLength < 0 || end + 1 + bodyLength > message.length) {
                throw new IllegalArgumentException("body length " + bodyLength + " does not fit the message");
            }
            int held = near.version(match, ViewKind.LIVE);
            if (held < 0 || held >= version) {
                return; // not read here (nothing to refresh), or as new already
            }
            byte[] body = Arrays.copyOfRange(message, end + 1, end + 1 + bodyLength);
            byte[] gzip = Arrays.copyOfRange(message, end + 1 + bodyLength, message.length);
            near.offer(match, ViewKind.LIVE, new CachedView(version, body, gzip, System.nanoTime()));
            versions.announce(match);
        } catch (RuntimeException e) {
            log.warn("ignored a malformed live view message of {} bytes: {}", message.length, e.toString());
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
