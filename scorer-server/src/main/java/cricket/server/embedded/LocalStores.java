package cricket.server.embedded;

import com.zaxxer.hikari.HikariDataSource;
import cricket.server.cache.RedisLink;
import cricket.server.db.Database;
import io.lettuce.core.RedisClient;
import java.nio.file.Path;

/**
 * What a server on one machine runs on: the embedded PostgreSQL and Redis, a migrated connection pool and a Redis
 * client on them (the demo, the benches, the console's end-to-end tests). Closed in the reverse order; the app on
 * top is closed first by its owner.
 */
public record LocalStores(EmbeddedServices services, HikariDataSource pool, RedisClient redis)
        implements AutoCloseable {

    /**
     * Starts both servers with their data under {@code dataDir} and migrates the database.
     *
     * @param durable PostgreSQL with fsync (the demo's data survives a power cut); without it for throwaway data
     */
    public static LocalStores start(Path dataDir, boolean durable, int poolSize) {
        EmbeddedServices services = EmbeddedServices.start(dataDir, durable);
        HikariDataSource pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", poolSize);
        try {
            Database.migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            services.close();
            throw e;
        }
        return new LocalStores(services, pool, RedisLink.client(services.redisUrl()));
    }

    @Override
    public void close() {
        redis.shutdown();
        pool.close();
        services.close();
    }
}
