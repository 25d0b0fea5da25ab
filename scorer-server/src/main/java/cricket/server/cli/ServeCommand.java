package cricket.server.cli;

import com.zaxxer.hikari.HikariDataSource;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.cache.RedisLink;
import cricket.server.db.Database;
import io.lettuce.core.RedisClient;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code ./cricket serve}: the server against the PostgreSQL and Redis named by DATABASE_URL and REDIS_URL. */
public final class ServeCommand {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private ServeCommand() {}

    public static int run(Map<String, String> env) {
        ServerConfig config = ServerConfig.fromEnv(env);
        HikariDataSource pool = Database.pool(
                config.database().jdbcUrl(),
                config.database().user(),
                config.database().password(),
                20);
        Database.migrate(pool);
        RedisClient redis = RedisLink.client(config.redisUrl());
        App app = App.create(config, pool, redis).start();
        log.info("serving port={}", app.port());
        awaitShutdown(() -> {
            app.close();
            redis.shutdown();
            pool.close();
        });
        return 0;
    }

    /** Blocks until the JVM is asked to stop, then runs {@code cleanup} once. */
    static void awaitShutdown(Runnable cleanup) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cleanup.run();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
