package cricket.server;

import com.zaxxer.hikari.HikariDataSource;
import cricket.server.account.Role;
import cricket.server.account.User;
import cricket.server.db.Database;
import cricket.server.embedded.EmbeddedServices;
import io.lettuce.core.RedisClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL and Redis per test JVM (started on first use, data inside target/), a migrated pool, and
 * a fresh app on a free port per test class. {@link #reset()} empties every table and Redis between classes.
 */
public final class TestServer {
    public static final String PASSWORD = "correct-horse-battery";
    private static EmbeddedServices services;
    private static HikariDataSource pool;
    private static RedisClient redis;

    private TestServer() {}

    public static synchronized HikariDataSource pool() {
        if (services == null) {
            services = EmbeddedServices.start(Path.of("target", "embedded-test").toAbsolutePath());
            pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", 16);
            Database.migrate(pool);
            redis = services.redisClient();
            awaitRedis();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                redis.shutdown();
                pool.close();
                services.close();
            }));
        }
        return pool;
    }

    /**
     * Waits until the new Redis answers: on a loaded machine its first connection can take longer than the client's
     * 500 ms (set for failing fast in production), and the first test class then failed in its set-up.
     */
    private static void awaitRedis() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (var c = redis.connect()) {
                c.sync().ping();
                return;
            } catch (io.lettuce.core.RedisException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    /** The embedded Redis as REDIS_URL names it, for a child server process. */
    public static synchronized String redisUrl() {
        pool();
        return services.redisUrl();
    }

    public static synchronized RedisClient redis() {
        pool();
        return redis;
    }

    /** A started app on a free port over a freshly emptied database. */
    public static App startApp() {
        reset();
        return anotherInstance();
    }

    /** One more started app on the same database and Redis, as they are: a second server instance. */
    public static App anotherInstance() {
        return App.create(ServerConfig.local().withBcryptCost(4).withMaxBodyBytes(1024 * 1024), pool(), redis())
                .start();
    }

    public static void reset() {
        try (Connection c = pool().getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "truncate match_event, scorer_assignment, auth_token, app_user, squad_member, match, player, team,"
                            + " tournament restart identity cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
        // Ids restart with the tables, so views cached for the previous class's match 1 must go too.
        try (var c = redis().connect()) {
            c.sync().flushall();
        }
    }

    public static User user(App app, String name, Role role) {
        return app.services().accounts().createUser(name, PASSWORD, role);
    }
}
