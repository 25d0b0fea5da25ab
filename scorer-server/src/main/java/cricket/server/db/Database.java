package cricket.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Builds the connection pool and runs the Flyway migrations in {@code db/migration}. */
public final class Database {
    private Database() {}

    /** A named Hikari pool; with a registry its pool gauges appear on /metrics. */
    public static HikariDataSource pool(String jdbcUrl, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("cricket-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    /** Pool gauges for /metrics, read from Hikari's MX bean so each app's registry gets its own. */
    public static void bindMetrics(DataSource dataSource, MeterRegistry registry) {
        if (dataSource instanceof HikariDataSource hikari) {
            Gauge.builder(
                            "cricket_db_pool_active",
                            hikari,
                            h -> h.getHikariPoolMXBean().getActiveConnections())
                    .register(registry);
            Gauge.builder(
                            "cricket_db_pool_idle",
                            hikari,
                            h -> h.getHikariPoolMXBean().getIdleConnections())
                    .register(registry);
            Gauge.builder(
                            "cricket_db_pool_pending",
                            hikari,
                            h -> h.getHikariPoolMXBean().getThreadsAwaitingConnection())
                    .register(registry);
            Gauge.builder("cricket_db_pool_max", hikari, HikariDataSource::getMaximumPoolSize)
                    .register(registry);
        }
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
