package cricket.server.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** What an operator needs to see the cache work and fail: reads by result, rebuilds, Redis errors, the breaker. */
final class CacheMetrics {
    final Counter hits;
    final Counter misses;
    final Counter fallbacks;
    final Counter rebuilds;
    final Counter redisErrors;
    final Counter unknownIds;
    final Counter rewarmed;

    CacheMetrics(MeterRegistry registry, CircuitBreaker breaker) {
        hits = reads(registry, "hit");
        misses = reads(registry, "miss");
        fallbacks = reads(registry, "fallback");
        rebuilds = Counter.builder("cricket_cache_rebuilds")
                .description("Views rebuilt from the event log")
                .register(registry);
        redisErrors = Counter.builder("cricket_cache_redis_errors")
                .description("Redis commands that failed or timed out")
                .register(registry);
        unknownIds = Counter.builder("cricket_cache_unknown_ids")
                .description("Reads of unknown match ids answered without the database")
                .register(registry);
        rewarmed = Counter.builder("cricket_cache_rewarmed")
                .description("Matches re-pushed to Redis after an outage")
                .register(registry);
        Gauge.builder("cricket_cache_breaker_state", breaker, b -> b.state().ordinal())
                .description("Redis circuit breaker: 0 closed, 1 open, 2 half-open")
                .register(registry);
    }

    private static Counter reads(MeterRegistry registry, String result) {
        return Counter.builder("cricket_cache_reads")
                .description("Public view reads by result: hit (near cache), miss (loaded), fallback (Redis away)")
                .tag("result", result)
                .register(registry);
    }
}
