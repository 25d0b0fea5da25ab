package cricket.server.cache;

import java.time.Duration;

/**
 * Tuning of the read cache.
 *
 * @param commandTimeout how long one Redis command may take before it counts as a failure
 * @param probeInterval how often an open breaker tries Redis again (and a closed one re-pushes dirty matches)
 * @param failuresToOpen Redis failures in a row that open the breaker
 * @param recheck while Redis is away, how old a near entry may be before it is rebuilt from the database; also how
 *     often the highest match id is re-read
 * @param ttl how long Redis keeps a view nobody writes
 * @param nearCapacity views held per instance
 */
public record CacheSettings(
        Duration commandTimeout,
        Duration probeInterval,
        int failuresToOpen,
        Duration recheck,
        Duration ttl,
        int nearCapacity) {
    public CacheSettings {
        if (probeInterval.toMillis() < 10) {
            throw new IllegalArgumentException(
                    "probeInterval must be 10 ms or more, got " + probeInterval.toMillis() + " ms");
        }
        if (recheck.toMillis() < 10) {
            throw new IllegalArgumentException("recheck must be 10 ms or more, got " + recheck.toMillis() + " ms");
        }
    }

    /**
     * A one-shot command's: no reader waits on it, so a Redis call may take a second on a busy machine rather than
     * fail and be retried by the probe.
     */
    public static CacheSettings forCommand() {
        CacheSettings d = defaults();
        return new CacheSettings(
                Duration.ofSeconds(1), d.probeInterval(), d.failuresToOpen(), d.recheck(), d.ttl(), d.nearCapacity());
    }

    public static CacheSettings defaults() {
        return new CacheSettings(
                Duration.ofMillis(50), Duration.ofMillis(250), 3, Duration.ofSeconds(1), Duration.ofDays(1), 10_000);
    }
}
