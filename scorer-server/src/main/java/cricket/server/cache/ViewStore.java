package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The views in Redis: one hash per view ({@code v} version, {@code b} body, {@code g} gzip body) under the key its
 * {@link ViewKind} names. A Lua script writes all views of one {@link Subject} at one version, each only if its
 * stored version is older, then publishes the subject's message ({@code <matchId>:<version>} or
 * {@code site:<version>}): a slow writer finishing last can never put an older ball back. A match's live view, when
 * stored, is also published whole on {@link #LIVE_CHANNEL} ({@link PushedLiveViews}), just before that message: the
 * view every reader polls for a new ball reaches the other instances with no fetch of its own.
 */
final class ViewStore {
    static final String CHANNEL = "cricket:views";
    static final String LIVE_CHANNEL = "cricket:live-views";
    private static final byte[][] FIELDS = {bytes("v"), bytes("b"), bytes("g")};

    // KEYS: the views; ARGV: version, ttl seconds, channel, message, the live view's place in KEYS (0: none), the
    // live channel, its message's head (the script appends that view's body and gzip), then body and gzip for each
    // key in turn.
    private static final String STORE_IF_NEWER = """
            local v = tonumber(ARGV[1])
            local live = tonumber(ARGV[5])
            local stored = 0
            for i, key in ipairs(KEYS) do
              local current = tonumber(redis.call('HGET', key, 'v') or '-1')
              if current < v then
                redis.call('HSET', key, 'v', ARGV[1], 'b', ARGV[6 + 2 * i], 'g', ARGV[7 + 2 * i])
                stored = stored + 1
                if i == live then
                  redis.call('PUBLISH', ARGV[6], ARGV[7] .. ARGV[6 + 2 * i] .. ARGV[7 + 2 * i])
                end
              end
              redis.call('EXPIRE', key, ARGV[2])
            end
            if stored > 0 then
              redis.call('PUBLISH', ARGV[3], ARGV[4])
            end
            return stored
            """;

    private final RedisLink redis;
    private final long ttlSeconds;

    ViewStore(RedisLink redis, long ttlSeconds) {
        if (ttlSeconds < 1) {
            throw new IllegalArgumentException("view ttl must be 1 second or more, got " + ttlSeconds);
        }
        this.redis = redis;
        this.ttlSeconds = ttlSeconds;
    }

    /** Stores each view unless Redis holds a newer one; returns how many were stored (0 when all were older). */
    long storeIfNewer(Subject subject, int version, Map<ViewKind, CachedView> views) {
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> args = new ArrayList<>(List.of(
                bytes(Integer.toString(version)),
                bytes(Long.toString(ttlSeconds)),
                bytes(CHANNEL),
                bytes(subject.message(version)),
                bytes("0"),
                bytes(LIVE_CHANNEL),
                new byte[0]));
        views.forEach((kind, view) -> {
            keys.add(bytes(subject.redisKey(kind)));
            if (subject instanceof Subject.Match match && kind == ViewKind.LIVE) {
                args.set(4, bytes(Integer.toString(keys.size())));
                args.set(6, PushedLiveViews.head(match, version, view));
            }
            args.add(view.body());
            args.add(view.gzip());
        });
        Long stored = redis.sync()
                .eval(
                        STORE_IF_NEWER,
                        ScriptOutputType.INTEGER,
                        keys.toArray(byte[][]::new),
                        args.toArray(byte[][]::new));
        return stored == null ? 0 : stored;
    }

    /**
     * Deletes a deleted match's views and tells every instance on the channel (version -1) to drop its copies;
     * returns how many instances heard it.
     */
    long deleteMatch(Subject.Match match) {
        byte[][] keys =
                match.kinds().stream().map(kind -> bytes(match.redisKey(kind))).toArray(byte[][]::new);
        redis.sync().del(keys);
        return redis.sync().publish(bytes(CHANNEL), bytes(match.message(-1)));
    }

    /**
     * Deletes the match's views that print the fixture's facts and tells every instance to drop its copies; returns
     * how many instances heard it.
     */
    long dropFacts(Subject.Match match) {
        byte[][] keys = Subject.Match.FACTS_KINDS.stream()
                .map(kind -> bytes(match.redisKey(kind)))
                .toArray(byte[][]::new);
        redis.sync().del(keys);
        return redis.sync().publish(bytes(CHANNEL), bytes(Subject.Match.FACTS_PREFIX + match.id()));
    }

    /**
     * Deletes a tournament's or player's views and tells every instance on the channel (version -1) to drop its
     * copies; returns how many instances heard it.
     */
    long delete(Subject subject) {
        byte[][] keys = subject.kinds().stream()
                .map(kind -> bytes(subject.redisKey(kind)))
                .toArray(byte[][]::new);
        redis.sync().del(keys);
        return redis.sync().publish(bytes(CHANNEL), bytes(subject.message(-1)));
    }

    /**
     * Deletes the careers of these players and tells every instance, in one message, to drop its copies: two Redis
     * calls however many players a ball touches.
     */
    long deletePlayers(List<Subject.Player> players) {
        if (players.isEmpty()) {
            return 0;
        }
        List<byte[]> keys = new ArrayList<>();
        players.forEach(p -> p.kinds().forEach(kind -> keys.add(bytes(p.redisKey(kind)))));
        redis.sync().del(keys.toArray(byte[][]::new));
        return redis.sync().publish(bytes(CHANNEL), bytes(Subject.Player.dropped(players)));
    }

    /**
     * Tells every instance on the channel that a match now exists (version 0: it has no events yet); returns how
     * many heard it.
     */
    long announceNewMatch(Subject.Match match) {
        return redis.sync().publish(bytes(CHANNEL), bytes(match.message(0)));
    }

    /** The version of the stored view, or -1 when Redis has none. */
    int version(Subject subject, ViewKind kind) {
        byte[] v = redis.sync().hget(bytes(subject.redisKey(kind)), FIELDS[0]);
        return v == null ? -1 : Integer.parseInt(new String(v, StandardCharsets.US_ASCII));
    }

    /** The stored view, or null when Redis has none. */
    CachedView fetch(Subject subject, ViewKind kind) {
        List<KeyValue<byte[], byte[]>> row = redis.sync().hmget(bytes(subject.redisKey(kind)), FIELDS);
        if (row.size() != 3 || row.stream().anyMatch(KeyValue::isEmpty)) {
            return null;
        }
        int version = Integer.parseInt(new String(row.get(0).getValue(), StandardCharsets.US_ASCII));
        return new CachedView(version, row.get(1).getValue(), row.get(2).getValue(), System.nanoTime());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
