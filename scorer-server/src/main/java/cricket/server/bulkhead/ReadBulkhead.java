package cricket.server.bulkhead;

import cricket.server.domain.Busy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A semaphore in front of the public reads that query PostgreSQL. At most {@code permits} of them run at once,
 * each holding one pool connection at a time, so with a pool larger than the permits the scorers' writes always
 * find a free connection however many readers come. A read that finds no permit within {@code wait} is answered
 * 503 with {@code Retry-After} and the cached view that answers the same question without the database.
 *
 * <p>The crowd's cached views (live, scorecard, commentary, live matches) are not here: they are answered from
 * Redis or the near cache, and a miss is rebuilt once per match (single flight), never once per reader.
 */
public final class ReadBulkhead {
    /** Every public read that queries the database, with the cached view to suggest when the bulkhead is full. */
    public enum Route {
        EVENT_LOG("/api/v1/matches/{id}/events", "/api/v1/matches/{id}/commentary"),
        CRICSHEET_EXPORT("/api/v1/matches/{id}/cricsheet", "/api/v1/matches/{id}/scorecard"),
        MATCH("/api/v1/matches/{id}", "/api/v1/matches/{id}/live"),
        MATCHES("/api/v1/matches", "/api/v1/live-matches"),
        TOURNAMENTS("/api/v1/tournaments", "/api/v1/live-matches"),
        TOURNAMENT("/api/v1/tournaments/{id}", "/api/v1/live-matches"),
        SQUADS("/api/v1/tournaments/{id}/squads", "/api/v1/live-matches"),
        SQUAD("/api/v1/tournaments/{id}/squads/{teamId}", "/api/v1/live-matches"),
        TEAMS("/api/v1/teams", "/api/v1/live-matches"),
        TEAM("/api/v1/teams/{id}", "/api/v1/live-matches"),
        PLAYERS("/api/v1/players", "/api/v1/live-matches"),
        PLAYER("/api/v1/players/{id}", "/api/v1/live-matches");

        public final String pattern;
        final String alternative;

        Route(String pattern, String alternative) {
            this.pattern = pattern;
            this.alternative = alternative;
        }

        private static final Map<String, Route> BY_PATTERN =
                Arrays.stream(values()).collect(Collectors.toMap(r -> r.pattern, Function.identity()));
    }

    private final Semaphore permits;
    private final int size;
    private final long waitNanos;
    private final Counter refused;

    public ReadBulkhead(int permits, Duration wait, MeterRegistry registry) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be 1 or more, got " + permits);
        }
        this.permits = new Semaphore(permits);
        this.size = permits;
        this.waitNanos = wait.toNanos();
        this.refused = Counter.builder("cricket_public_reads_refused")
                .description("Public database reads answered 503 because every permit was in use")
                .register(registry);
        Gauge.builder("cricket_public_reads_active", this.permits, p -> size - p.availablePermits())
                .description("Public database reads running now (at most PUBLIC_READ_PERMITS)")
                .register(registry);
        Gauge.builder("cricket_public_reads_permits", () -> size).register(registry);
    }

    /** For Javalin's handler wrapper: the GET endpoints of {@link Route} run inside the bulkhead, the rest as is. */
    public Handler wrap(Endpoint endpoint) {
        Route route = endpoint.method == HandlerType.GET ? Route.BY_PATTERN.get(endpoint.path) : null;
        if (route == null) {
            return endpoint.handler;
        }
        Handler inner = endpoint.handler;
        return ctx -> {
            enter(ctx, route);
            try {
                inner.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    private void enter(Context ctx, Route route) throws InterruptedException {
        if (permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            return;
        }
        refused.increment();
        String alternative = route.alternative.replace(
                "{id}", String.valueOf(ctx.pathParamMap().getOrDefault("id", "{id}")));
        ctx.header("Retry-After", "1");
        throw new Busy("too many public reads are waiting for the database; try again in a second, or read "
                        + alternative + ", which is served from the cache")
                .with("alternative", alternative)
                .with("retryAfterSeconds", 1);
    }
}
