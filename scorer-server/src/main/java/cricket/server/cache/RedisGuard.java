package cricket.server.cache;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis health: every cache call to Redis goes through {@link #call}, which the circuit breaker refuses while
 * Redis is away and whose failures open it; {@link #check} (run by the cache's probe, never by a request) pings a
 * closed breaker and probes an open one. Changes only when the rules for trusting Redis change.
 */
final class RedisGuard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisGuard.class);

    /** What one check found. */
    enum Health {
        /** Redis answers, as it did before. */
        UP,
        /** Redis answers again after the breaker was open: messages sent meanwhile were lost. */
        BACK,
        /** The breaker is open. */
        DOWN
    }

    private final RedisLink link;
    private final CircuitBreaker breaker;
    private final CacheMetrics metrics;
    private final CacheSettings settings;

    RedisGuard(RedisLink link, CircuitBreaker breaker, CacheMetrics metrics, CacheSettings settings) {
        this.link = link;
        this.breaker = breaker;
        this.metrics = metrics;
        this.settings = settings;
    }

    boolean allows() {
        return breaker.allows();
    }

    CircuitBreaker.State state() {
        return breaker.state();
    }

    /** Runs a Redis call; null when the breaker is open or the call failed (which counts towards opening it). */
    <T> T call(Supplier<T> call) {
        if (!breaker.allows()) {
            return null;
        }
        try {
            T result = call.get();
            breaker.succeeded();
            return result;
        } catch (RuntimeException e) {
            metrics.redisErrors.increment();
            if (breaker.failed()) {
                log.warn("redis breaker opened after {} failures: {}", settings.failuresToOpen(), e.toString());
            }
            return null;
        }
    }

    /** One probe round; runs on the cache's probe thread only, one at a time. */
    Health check() {
        if (breaker.allows() && !link.pubSubOpen()) {
            log.warn("redis channel connection lost; opening the breaker until it is back");
            breaker.forceOpen();
        }
        // An instance that only reads never calls Redis on a hit, so it would not notice a frozen Redis (whose
        // connections stay open) and would serve hits that no channel message can refresh: it checks here.
        // A failed ping counts like any failed command: one slow answer on a busy machine does not open it.
        if (breaker.allows()) {
            if (link.ping()) {
                breaker.succeeded();
            } else {
                metrics.redisErrors.increment();
                if (breaker.failed()) {
                    log.warn(
                            "redis breaker opened: no answer to {} pings within {} ms",
                            settings.failuresToOpen(),
                            settings.commandTimeout().toMillis());
                }
            }
        }
        if (breaker.allows()) {
            return Health.UP;
        }
        if (!breaker.startProbe()) {
            return Health.DOWN;
        }
        if (!link.probe()) {
            breaker.probeFailed();
            return Health.DOWN;
        }
        breaker.probeSucceeded();
        return Health.BACK;
    }

    @Override
    public void close() {
        link.close();
    }
}
