package cricket.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cricket.server.cache.RedisLink;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import redis.embedded.RedisServer;

/** ./cricket serve's environment: every missing or malformed variable stops the start naming the variable. */
class ServerConfigTest {
    static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", "postgres://cricket:db-secret@postgres:5432/cricket");
        env.put("REDIS_URL", "redis://:redis-secret@redis:6379");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                env.remove(pairs[i]);
            } else {
                env.put(pairs[i], pairs[i + 1]);
            }
        }
        return env;
    }

    @Test
    void theComposeFilesVariablesParse() {
        ServerConfig config = ServerConfig.fromEnv(env("PORT", "8080"));
        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://postgres:5432/cricket");
        assertThat(config.database().user()).isEqualTo("cricket");
        assertThat(config.database().password()).isEqualTo("db-secret");
        assertThat(config.redisUrl()).isEqualTo("redis://:redis-secret@redis:6379");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.metricsToken()).isNull();
        assertThat(config.publicReadPermits()).isEqualTo(ServerConfig.DEFAULT_PUBLIC_READ_PERMITS);
    }

    @Test
    void theOperatorsVariablesParseAndTheMetricsTokenNeverReachesTheConfigsText() {
        String token = "a-metrics-token-of-some-length";
        ServerConfig config = ServerConfig.fromEnv(env(
                "TRUSTED_PROXIES", "172.28.0.10, 10.0.0.0/8",
                "METRICS_TOKEN", token,
                "PUBLIC_READ_PERMITS", "6",
                "PUBLIC_READ_WAIT_MS", "250"));
        assertThat(config.metricsToken()).isEqualTo(token);
        assertThat(config.publicReadPermits()).isEqualTo(6);
        assertThat(config.publicReadWait()).isEqualTo(java.time.Duration.ofMillis(250));
        assertThat(config.trustedProxies().client("172.28.0.10", "203.0.113.9, 10.1.2.3"))
                .isEqualTo("203.0.113.9");
        assertThat(config.trustedProxies().client("198.51.100.1", "203.0.113.9"))
                .isEqualTo("198.51.100.1");
        assertThat(config.toString()).doesNotContain(token);
    }

    @Test
    void liveStreamsDefaultToWhatTheOpenFileLimitLeaves() {
        long files = ((com.sun.management.UnixOperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getMaxFileDescriptorCount();
        int streams = ServerConfig.fromEnv(env()).maxLiveStreams();
        assertThat(streams).isPositive();
        if (files > 2_000) {
            assertThat((long) streams)
                    .as("a socket each, 1,000 files kept for the rest")
                    .isEqualTo(files - 1_000);
        }
        assertThat(ServerConfig.fromEnv(env("MAX_LIVE_STREAMS", "250")).maxLiveStreams())
                .isEqualTo(250);
    }

    @Test
    void aRedisSentinelSetIsAcceptedWithItsMasterName() {
        Map<String, String> env =
                env("REDIS_URL", "redis-sentinel://:secret@sentinel-1:26379,sentinel-2:26379/0#cricket");
        assertThat(ServerConfig.fromEnv(env).redisUrl())
                .isEqualTo("redis-sentinel://:secret@sentinel-1:26379,sentinel-2:26379/0#cricket");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "DATABASE_URL, NULL, DATABASE_URL must be set",
                "DATABASE_URL, '  ', DATABASE_URL must be set",
                "DATABASE_URL, mysql://x@y/z, DATABASE_URL must start with postgres://",
                "DATABASE_URL, postgres://u:p@host:5432, DATABASE_URL must name a host and a database",
                "DATABASE_URL, 'postgres://u:p@ho st/db', DATABASE_URL is not a valid URL",
                "REDIS_URL, NULL, REDIS_URL must be set",
                "REDIS_URL, localhost:6379, REDIS_URL must look like redis://",
                "REDIS_URL, redis://:pw@, REDIS_URL must look like redis://",
                "REDIS_URL, 'redis://:pw@ho st:6379', REDIS_URL must look like redis://",
                "REDIS_URL, 'redis-sentinel://:pw@s1:26379', REDIS_URL names a Sentinel set but no master",
                "REDIS_URL, 'redis-sentinel://:pw@s1:26379,s2#cricket', REDIS_URL must look like redis://",
                "PORT, eighty, PORT must be a whole number",
                "PORT, 70000, PORT must be 0-65535",
                "BCRYPT_COST, 3, BCRYPT_COST must be 4-31",
                "TOKEN_TTL_MINUTES, 0, TOKEN_TTL_MINUTES must be 1 or more",
                "MAX_BODY_BYTES, 10, MAX_BODY_BYTES must be 1024 or more",
                "MAX_LIVE_STREAMS, 0, MAX_LIVE_STREAMS must be 1 or more",
                "MAX_LIVE_STREAMS, lots, MAX_LIVE_STREAMS must be a whole number",
                "TRUSTED_PROXIES, nginx, TRUSTED_PROXIES must be IP addresses or CIDR ranges",
                "TRUSTED_PROXIES, '10.0.0.0/33', TRUSTED_PROXIES must be IP addresses or CIDR ranges",
                "METRICS_TOKEN, short, METRICS_TOKEN must be 16 or more printable characters",
                "PUBLIC_READ_PERMITS, 0, PUBLIC_READ_PERMITS must be 1 or more",
                "PUBLIC_READ_WAIT_MS, 20000, PUBLIC_READ_WAIT_MS must be 0-10000"
            })
    void aMissingOrMalformedVariableIsNamed(String name, String value, String message) {
        assertThatThrownBy(() -> ServerConfig.fromEnv(env(name, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("pw@")
                .hasMessageNotContaining(":p@");
    }

    @Test
    void aRedisUrlWithAPasswordConnectsToARedisThatRequiresIt() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createDirectories(Path.of("target", "redis-password-test"));
        RedisServer server = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("requirepass s3cret-pass")
                .setting("dir " + dir.toAbsolutePath())
                .build();
        server.start();
        try {
            String url = ServerConfig.fromEnv(env("REDIS_URL", "redis://:s3cret-pass@127.0.0.1:" + port))
                    .redisUrl();
            RedisClient client = RedisLink.client(url);
            try (StatefulRedisConnection<String, String> c = TestServer.connectOnceUp(client)) {
                assertThat(c.sync().ping()).isEqualTo("PONG");
            } finally {
                client.shutdown(java.time.Duration.ZERO, java.time.Duration.ofSeconds(1));
            }
            RedisClient wrong = RedisLink.client("redis://:wrong@127.0.0.1:" + port);
            try {
                // Refused for the password, not for want of an answer.
                assertThatThrownBy(wrong::connect)
                        .hasMessageContaining("127.0.0.1")
                        .rootCause()
                        .hasMessageContaining("WRONGPASS");
            } finally {
                wrong.shutdown(java.time.Duration.ZERO, java.time.Duration.ofSeconds(1));
            }
        } finally {
            server.stop();
        }
    }
}
