package cricket.server.health;

import cricket.server.db.Jdbc;
import cricket.server.http.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /health} is ready only while PostgreSQL answers (public: the load balancer asks it); {@code /metrics} is
 * the Prometheus scrape, for whoever holds the metrics token. The scrape names routes, pool sizes and error
 * counts, which tell a stranger where the server hurts; without METRICS_TOKEN it is closed.
 */
public final class HealthRoutes {
    private final Jdbc jdbc;
    private final PrometheusMeterRegistry registry;
    private final byte[] metricsToken;

    /** {@code metricsToken} null: {@code /metrics} answers 401 to everyone. */
    public HealthRoutes(Jdbc jdbc, PrometheusMeterRegistry registry, String metricsToken) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.metricsToken = metricsToken == null ? null : metricsToken.getBytes(StandardCharsets.UTF_8);
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            boolean up = jdbc.ping();
            ctx.status(up ? 200 : 503)
                    .contentType("application/json")
                    .result(
                            up
                                    ? "{\"status\":\"ready\",\"database\":\"up\"}"
                                    : "{\"status\":\"unavailable\",\"database\":\"down\"}");
        });
        routes.get("/metrics", ctx -> {
            requireMetricsToken(ctx);
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        });
    }

    private void requireMetricsToken(Context ctx) {
        if (metricsToken == null) {
            throw ApiException.unauthorized("/metrics is closed on this server: set METRICS_TOKEN to open it");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            throw ApiException.unauthorized("/metrics needs Authorization: Bearer <METRICS_TOKEN>");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        // Constant time: the comparison must not tell a guesser how many leading characters were right.
        if (!MessageDigest.isEqual(given, metricsToken)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\", error=\"invalid_token\"");
            throw ApiException.unauthorized("the metrics token is wrong");
        }
    }
}
