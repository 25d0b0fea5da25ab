package cricket.server.health;

import cricket.server.db.Jdbc;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** {@code /health} is ready only while PostgreSQL answers; {@code /metrics} is the Prometheus scrape. */
public final class HealthRoutes {
    private final Jdbc jdbc;
    private final PrometheusMeterRegistry registry;

    public HealthRoutes(Jdbc jdbc, PrometheusMeterRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
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
        routes.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(registry.scrape()));
    }
}
