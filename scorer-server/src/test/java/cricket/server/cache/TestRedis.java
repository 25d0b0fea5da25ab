package cricket.server.cache;

import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A Redis of a test's own, on a free port with its data inside target/, that the test may stop, restart, freeze
 * (SIGSTOP) and thaw (SIGCONT) without disturbing the Redis the other test classes share.
 */
public final class TestRedis implements AutoCloseable {
    private final int port;
    private final Path dir;
    private RedisServer server;

    public TestRedis() {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
            this.dir = Files.createDirectories(Path.of("target", "cache-test-redis", Integer.toString(port)))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public void start() {
        try {
            server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("dir " + dir)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start test Redis on port " + port, e);
        }
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void freeze() {
        signal("-STOP");
    }

    void thaw() {
        signal("-CONT");
    }

    /** Empties it: the database's ids restart with each test, so views of an earlier match 1 must go. */
    public void flush() {
        RedisClient c = client();
        try (var connection = c.connect()) {
            connection.sync().flushall();
        } finally {
            c.shutdown();
        }
    }

    public RedisClient client() {
        return RedisLink.client("redis://127.0.0.1:" + port);
    }

    private void signal(String signal) {
        long pid = ProcessHandle.current()
                .descendants()
                .filter(p -> commandLine(p).contains("redis-server"))
                .filter(p -> commandLine(p).contains(Integer.toString(port)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no redis-server process on port " + port))
                .pid();
        try {
            int status = new ProcessBuilder("kill", signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (status != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " exited with " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The process's arguments as /proc shows them now: redis-server rewrites its title to
     * {@code redis-server 127.0.0.1:<port>}, which ProcessHandle.Info does not always report.
     */
    private static String commandLine(ProcessHandle p) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
            return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return p.info().commandLine().orElse("");
        }
    }

    @Override
    public void close() {
        thawQuietly();
        stop();
    }

    private void thawQuietly() {
        try {
            thaw();
        } catch (RuntimeException e) {
            // already gone or never frozen
        }
    }
}
