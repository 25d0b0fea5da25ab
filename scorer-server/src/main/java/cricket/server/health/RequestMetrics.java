package cricket.server.health;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line and one timer sample per request, tagged by route pattern (not raw path, to bound the series). */
public final class RequestMetrics {
    private static final Logger log = LoggerFactory.getLogger("cricket.request");
    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        int status = ctx.statusCode();
        Timer.builder("cricket_http_requests")
                .description("HTTP requests by route and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", String.valueOf(status))
                .publishPercentileHistogram(false)
                .register(registry)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        log.info(
                "method={} path={} status={} ms={}",
                ctx.method().name(),
                ctx.path(),
                status,
                String.format("%.1f", millis));
    }
}
