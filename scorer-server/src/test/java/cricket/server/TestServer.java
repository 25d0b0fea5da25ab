package cricket.server;

import com.zaxxer.hikari.HikariDataSource;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.cache.CacheSettings;
import cricket.server.cache.RedisLink;
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
    /** The METRICS_TOKEN of every test app: {@link Http#metrics()} sends it. */
    public static final String METRICS_TOKEN = "test-metrics-token-0123456789";

    private static EmbeddedServices services;
    private static HikariDataSource pool;
    private static RedisClient redis;

    private TestServer() {}

    public static synchronized HikariDataSource pool() {
        if (services == null) {
            services = EmbeddedServices.start(Path.of("target", "embedded-test").toAbsolutePath());
            pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", 16);
            Database.migrate(pool);
            redis = RedisLink.client(services.redisUrl());
            awaitRedis();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                redis.shutdown();
                pool.close();
                services.close();
            }));
        }
        return pool;
    }

    /** Waits for the just started Redis to answer a PING (see {@link #connectOnceUp}). */
    private static void awaitRedis() {
        try (var c = connectOnceUp(redis)) {
            c.sync().ping();
        }
    }

    /**
     * A connection to a just started Redis: its first handshake can outlast the client's 500 ms timeout on a loaded
     * machine (the client keeps it: production fails fast), which failed whichever test class started it. Tries
     * again for up to 30 s.
     */
    public static io.lettuce.core.api.StatefulRedisConnection<String, String> connectOnceUp(RedisClient client) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return client.connect();
            } catch (io.lettuce.core.RedisConnectionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Redis did not answer within 30 s", e);
                }
                try {
                    Thread.sleep(50); // a refused connection fails at once: do not spin
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for Redis", stop);
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

    /**
     * One more started app on the same database and Redis, as they are: a second server instance, returned once its
     * cache's Redis breaker has closed. It starts open and closes on the first probe that Redis answers; on a loaded
     * machine that probe can miss its 200 ms connect timeout, and the app answers FALLBACK until the next one, which
     * a test of hits and misses would count wrong.
     */
    public static App anotherInstance() {
        return anotherInstance(CacheSettings.defaults());
    }

    /** As {@link #anotherInstance()}, its cache tuned by {@code settings}. */
    public static App anotherInstance(CacheSettings settings) {
        return instanceOn(redis(), settings);
    }

    /**
     * As {@link #anotherInstance(CacheSettings)}, on the Redis {@code client} talks to (a test's own Redis:
     * {@link TwoInstances}).
     */
    public static App instanceOn(RedisClient client, CacheSettings settings) {
        App app = App.create(config(), pool(), client, settings).start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (breakerState(app) != 0) {
            if (System.nanoTime() > deadline) {
                app.close();
                throw new IllegalStateException("the app's Redis breaker did not close within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the app's Redis breaker", e);
            }
        }
        return app;
    }

    /** The gauge of the app's Redis breaker: 0 closed, 1 open, 2 half-open. */
    public static double breakerState(App app) {
        return app.services()
                .registry()
                .find("cricket_cache_breaker_state")
                .gauge()
                .value();
    }

    /** The config of {@link #startApp()}'s apps: a fast bcrypt, a 1 MiB body limit and the metrics token. */
    public static ServerConfig config() {
        return ServerConfig.local()
                .withBcryptCost(4)
                .withMaxBodyBytes(1024 * 1024)
                .withMetricsToken(METRICS_TOKEN);
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
        // The client's 500 ms connect timeout is for servers; the first connect of a JVM on a loaded machine (Netty
        // warming up) can take longer, so the test kit tries a few times before it gives up.
        for (int attempt = 1; ; attempt++) {
            try (var c = redis().connect()) {
                c.sync().flushall();
                return;
            } catch (io.lettuce.core.RedisException e) { // not connected in time, or dropped at once
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public static User user(App app, String name, Role role) {
        return app.services().accounts().createUser(name, PASSWORD, role);
    }
}
