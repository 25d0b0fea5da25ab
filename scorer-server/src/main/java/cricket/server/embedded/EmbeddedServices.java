package cricket.server.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real PostgreSQL (zonky's binaries from Maven Central) and a real Redis, each on a free port on 127.0.0.1, with
 * their data under one folder: the demo keeps it across restarts; tests point it inside {@code target/}.
 */
public final class EmbeddedServices implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    private final EmbeddedPostgres postgres;
    private final RedisServer redis;
    private final int redisPort;

    private EmbeddedServices(EmbeddedPostgres postgres, RedisServer redis, int redisPort) {
        this.postgres = postgres;
        this.redis = redis;
        this.redisPort = redisPort;
    }

    /**
     * Starts both servers with data under {@code dataDir} (created when missing; kept when present), PostgreSQL
     * tuned for tests: without fsync, so a crash of the machine (not of the server process) may lose commits.
     */
    public static EmbeddedServices start(Path dataDir) {
        return start(dataDir, false);
    }

    /**
     * As {@link #start(Path)}; {@code durable} turns PostgreSQL's fsync, synchronous commit and full-page writes
     * back on (the embedded library turns them off for speed), so an acknowledged write survives a power cut, as
     * the demo's data and the benchmarks' write path should.
     */
    public static EmbeddedServices start(Path dataDir, boolean durable) {
        try {
            Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
            Path pgWork = Files.createDirectories(dataDir.resolve("postgres-bin"));
            Path redisData = Files.createDirectories(dataDir.resolve("redis"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.setDataDirectory(pgData)
                    .setOverrideWorkingDirectory(pgWork.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(freePort())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            int redisPort = freePort();
            RedisServer redis = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(redisPort)
                    .setting("dir " + redisData.toAbsolutePath())
                    .setting("appendonly yes")
                    .build();
            redis.start();
            log.info("embedded services up postgresPort={} redisPort={}", postgres.getPort(), redisPort);
            return new EmbeddedServices(postgres, redis, redisPort);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL and Redis under " + dataDir, e);
        }
    }

    /** A data source on the {@code postgres} database, for a pool or Flyway. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public int redisPort() {
        return redisPort;
    }

    public String redisUrl() {
        return "redis://127.0.0.1:" + redisPort;
    }

    @Override
    public void close() {
        try {
            redis.stop();
        } catch (IOException e) {
            log.warn("embedded Redis did not stop cleanly", e);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * Deletes the databases {@link #start} keeps under {@code dataDir} (its PostgreSQL and Redis folders, nothing
     * else there), for a caller that made all of their contents and wants to begin again. The services must be
     * stopped.
     */
    public static void deleteData(Path dataDir) {
        for (String folder : List.of("postgres", "redis")) {
            Path root = dataDir.resolve(folder);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + root + ": " + e.getMessage(), e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
