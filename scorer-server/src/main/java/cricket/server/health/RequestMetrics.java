package cricket.server.health;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One timer sample per request, tagged by route pattern (not raw path, to bound the series), and a log line for
 * every write and every error. Successful reads are the crowd: logging each of them would cost more than serving
 * it, so they are logged at DEBUG only.
 */
public final class RequestMetrics {
    private static final Logger log = LoggerFactory.getLogger("cricket.request");
    private final MeterRegistry registry;
    /** Timers by method, route and status: looked up once, not rebuilt per request. */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(HandlerType method, String route, int status) {}

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        record(ctx.method(), route, ctx.path(), ctx.statusCode(), (long) (millis * 1_000_000));
    }

    /**
     * The same for a request answered before Javalin (a public read the cache had): {@code route} is the Javalin
     * route pattern it would have matched.
     */
    public void record(HandlerType method, String route, String path, int status, long nanos) {
        time(method, route, status, nanos);
        boolean crowdRead = (method == HandlerType.GET || method == HandlerType.HEAD) && status < 400;
        if (crowdRead ? log.isDebugEnabled() : log.isInfoEnabled()) {
            String line = String.format(
                    "method=%s path=%s status=%d ms=%.1f", method.name(), path, status, nanos / 1_000_000f);
            if (crowdRead) {
                log.debug(line);
            } else {
                log.info(line);
            }
        }
    }

    private void time(HandlerType method, String route, int status, long nanos) {
        timers.computeIfAbsent(new TimerKey(method, route, status), this::timer).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(TimerKey key) {
        return Timer.builder("cricket_http_requests")
                .description("HTTP requests by route and status")
                .tag("method", key.method().name())
                .tag("route", key.route())
                .tag("status", String.valueOf(key.status()))
                .publishPercentileHistogram(false)
                .register(registry);
    }
}
