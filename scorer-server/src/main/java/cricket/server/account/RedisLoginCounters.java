package cricket.server.account;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login counts in Redis, shared by every instance, each step one Lua script (atomic on the Redis server).
 * While Redis is away (or until the first connection is made, which happens off the request thread) the counts
 * go to {@link MemoryLoginCounters}: each instance then slows guesses on its own, which is weaker but never stops
 * a login.
 */
public final class RedisLoginCounters implements LoginCounters, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisLoginCounters.class);
    /**
     * Longer than the view cache's: a login already spends about 100 ms in bcrypt, and an attempt that timed out
     * may still have been counted in Redis, so each timeout lets a guess be counted twice over (once in memory).
     */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    /** After a failure, the counts stay in memory this long before Redis is asked again. */
    static final Duration AWAY = Duration.ofSeconds(5);

    private static final String PREFIX = "cricket:login:";

    // KEYS: pair hash, user window counter. ARGV: now, free, max wait, user attempts, window ms.
    private static final String ATTEMPT = """
            local n = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
            local last = tonumber(redis.call('HGET', KEYS[1], 'last') or ARGV[1])
            local now = tonumber(ARGV[1])
            local free = tonumber(ARGV[2])
            local maxWait = tonumber(ARGV[3])
            local pairWait = 0
            if n >= free then
              local penalty = math.min(1000 * 2 ^ math.min(n - free, 20), maxWait)
              pairWait = math.max(0, penalty - (now - last))
            end
            local window = tonumber(ARGV[5])
            local used = tonumber(redis.call('GET', KEYS[2]) or '0')
            local userWait = 0
            if used >= tonumber(ARGV[4]) then
              userWait = (math.floor(now / window) + 1) * window - now
            end
            if pairWait > 0 or userWait > 0 then
              return math.max(pairWait, userWait)
            end
            redis.call('HSET', KEYS[1], 'n', n + 1, 'last', now)
            redis.call('PEXPIRE', KEYS[1], maxWait * 2)
            redis.call('INCR', KEYS[2])
            redis.call('PEXPIRE', KEYS[2], window * 2)
            return 0
            """;
    private static final String SUCCEEDED = """
            redis.call('DEL', KEYS[1])
            if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then
              redis.call('DECR', KEYS[2])
            end
            return 0
            """;

    private final RedisClient client;
    private final MemoryLoginCounters fallback = new MemoryLoginCounters();
    private final ExecutorService connector = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "login-counters-connect");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean closed;
    private volatile long awayUntil = System.nanoTime(); // nanoTime may be negative: compare by difference

    public RedisLoginCounters(RedisClient client) {
        this.client = client;
        reconnect();
    }

    @Override
    public long attempt(String pair, String user, long now, LoginThrottle.Limits limits) {
        StatefulRedisConnection<String, String> c = open();
        if (c != null) {
            try {
                Long wait = c.sync()
                        .eval(
                                ATTEMPT,
                                ScriptOutputType.INTEGER,
                                new String[] {pairKey(pair), userKey(user, now, limits)},
                                Long.toString(now),
                                Integer.toString(limits.freeFailures()),
                                Long.toString(limits.maxWaitMillis()),
                                Integer.toString(limits.userAttempts()),
                                Long.toString(limits.userWindowMillis()));
                return wait;
            } catch (RuntimeException e) {
                away(e);
            }
        }
        return fallback.attempt(pair, user, now, limits);
    }

    @Override
    public void succeeded(String pair, String user, long now, LoginThrottle.Limits limits) {
        fallback.succeeded(pair, user, now, limits); // it may hold counts from while Redis was away
        StatefulRedisConnection<String, String> c = open();
        if (c != null) {
            try {
                c.sync().eval(SUCCEEDED, ScriptOutputType.INTEGER, pairKey(pair), userKey(user, now, limits));
            } catch (RuntimeException e) {
                away(e);
            }
        }
    }

    /** Whether the counts are going to Redis now (tests). */
    boolean shared() {
        return open() != null;
    }

    private StatefulRedisConnection<String, String> open() {
        if (System.nanoTime() - awayUntil < 0) {
            return null;
        }
        StatefulRedisConnection<String, String> c = connection;
        if (c != null && c.isOpen()) {
            return c;
        }
        reconnect();
        return null;
    }

    private void away(RuntimeException e) {
        awayUntil = System.nanoTime() + AWAY.toNanos();
        log.warn("login counters fall back to this instance's memory: Redis failed error={}", e.toString());
    }

    /** Connects in the background, one attempt at a time, so a login never waits for Redis's connect timeout. */
    private void reconnect() {
        if (closed || !connecting.compareAndSet(false, true)) {
            return;
        }
        connector.execute(() -> {
            try {
                StatefulRedisConnection<String, String> c = client.connect(StringCodec.UTF8);
                c.setTimeout(COMMAND_TIMEOUT);
                StatefulRedisConnection<String, String> old = connection;
                connection = c;
                if (old != null) {
                    old.closeAsync();
                }
            } catch (RuntimeException e) {
                log.debug("login counters could not reach Redis: {}", e.toString());
            } finally {
                connecting.set(false);
            }
        });
    }

    private static String pairKey(String pair) {
        return PREFIX + "pair:" + pair;
    }

    private static String userKey(String user, long now, LoginThrottle.Limits limits) {
        return PREFIX + "user:" + user + ":" + now / limits.userWindowMillis();
    }

    @Override
    public void close() {
        closed = true;
        connector.shutdownNow();
        StatefulRedisConnection<String, String> c = connection;
        if (c != null) {
            c.close();
        }
    }
}
