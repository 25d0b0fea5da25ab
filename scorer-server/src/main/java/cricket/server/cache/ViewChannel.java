package cricket.server.cache;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis channel every instance publishes to: {@code <matchId>:<version>} (a new version of a match's views; 0
 * announces a new match, -1 a deleted one), {@code site:<version>}, or {@code tournament:<id>:<version>} and
 * {@code player:<id>:<version>} (-1: drop the copies held; see {@link Subject#message}), or
 * {@code players-dropped:<id>,<id>} (drop these careers), or {@code facts-changed:<matchId>} (drop the match's
 * views that print its fixture's facts). Parses each
 * message and hands it to the {@link Receiver}; runs on Lettuce's thread, so the receiver hands slow work on. The
 * live views pushed whole on {@link ViewStore#LIVE_CHANNEL} go to {@link PushedLiveViews} instead.
 */
final class ViewChannel extends RedisPubSubAdapter<byte[], byte[]> {
    private static final Logger log = LoggerFactory.getLogger(ViewChannel.class);

    /** What the channel says happened on some instance. */
    interface Receiver {
        void newVersion(Subject subject, int version);

        void matchCreated(Subject.Match match);

        void matchDeleted(Subject.Match match);

        /** A tournament's or player's views are gone or out of date: drop this instance's copies. */
        void forget(Subject subject);

        /** A fixture's facts changed: drop this instance's copies of the match's views that print them. */
        void factsChanged(Subject.Match match);
    }

    private static final byte[] LIVE_CHANNEL = ViewStore.bytes(ViewStore.LIVE_CHANNEL);

    private final Receiver receiver;
    private final PushedLiveViews pushed;

    ViewChannel(Receiver receiver, PushedLiveViews pushed) {
        this.receiver = receiver;
        this.pushed = pushed;
    }

    /** The cache's connections to {@code redis}, subscribed to both channels, their messages going to these two. */
    static RedisLink link(RedisClient redis, Duration commandTimeout, Receiver receiver, PushedLiveViews pushed) {
        return new RedisLink(
                redis,
                commandTimeout,
                List.of(ViewStore.CHANNEL, ViewStore.LIVE_CHANNEL),
                new ViewChannel(receiver, pushed));
    }

    @Override
    public void message(byte[] channel, byte[] message) {
        if (Arrays.equals(channel, LIVE_CHANNEL)) {
            pushed.arrived(message);
            return;
        }
        String text = new String(message, StandardCharsets.US_ASCII);
        try {
            if (text.startsWith(Subject.Site.MESSAGE_PREFIX)) {
                receiver.newVersion(
                        Subject.SITE, Integer.parseInt(text.substring(Subject.Site.MESSAGE_PREFIX.length())));
                return;
            }
            if (text.startsWith(Subject.Match.FACTS_PREFIX)) {
                receiver.factsChanged(
                        new Subject.Match(Long.parseLong(text.substring(Subject.Match.FACTS_PREFIX.length()))));
                return;
            }
            if (text.startsWith(Subject.Player.DROPPED_PREFIX)) {
                for (String id :
                        text.substring(Subject.Player.DROPPED_PREFIX.length()).split(",")) {
                    receiver.forget(new Subject.Player(Long.parseLong(id)));
                }
                return;
            }
            if (text.startsWith(Subject.Tournament.MESSAGE_PREFIX) || text.startsWith(Subject.Player.MESSAGE_PREFIX)) {
                keyed(text);
                return;
            }
            int colon = text.indexOf(':');
            Subject.Match match = new Subject.Match(Long.parseLong(text.substring(0, colon)));
            int version = Integer.parseInt(text.substring(colon + 1));
            if (version < 0) {
                receiver.matchDeleted(match);
            } else if (version == 0) {
                receiver.matchCreated(match);
            } else {
                receiver.newVersion(match, version);
            }
        } catch (RuntimeException e) {
            log.warn("ignored a malformed view message \"{}\"", text);
        }
    }

    /** {@code tournament:<id>:<version>} or {@code player:<id>:<version>}; version -1 says forget. */
    private void keyed(String text) {
        int first = text.indexOf(':');
        int second = text.indexOf(':', first + 1);
        long id = Long.parseLong(text.substring(first + 1, second));
        int version = Integer.parseInt(text.substring(second + 1));
        Subject subject = text.startsWith(Subject.Tournament.MESSAGE_PREFIX)
                ? new Subject.Tournament(id)
                : new Subject.Player(id);
        if (version < 0) {
            receiver.forget(subject);
        } else {
            receiver.newVersion(subject, version);
        }
    }
}
