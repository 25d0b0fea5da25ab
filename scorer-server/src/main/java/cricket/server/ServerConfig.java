package cricket.server;

import cricket.server.account.TrustedProxies;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the server reads from its environment. An invalid value stops the start with a sentence that names
 * the variable ("PORT must be 0-65535, got 70000").
 *
 * @param port HTTP port; 0 picks a free one (tests)
 * @param database JDBC URL, user and password, or {@code null} when the caller supplies its own data source
 * @param redisUrl {@code redis://[:password@]host:port}, or {@code null} when the caller supplies the client
 * @param tokenTtl how long a login token stays valid
 * @param bcryptCost the bcrypt work factor; tests lower it to stay fast
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param maxLiveStreams live streams (SSE) one instance keeps open; past it a reader is told to poll /live
 * @param trustedProxies the proxies whose X-Forwarded-For names the client (logins are counted per client)
 * @param metricsToken the bearer token {@code /metrics} asks for; null closes {@code /metrics}
 * @param publicReadPermits public reads that may use the database at once (the rest of the pool is the scorers')
 * @param publicReadWait how long a public read waits for a permit before it is answered 503
 */
public record ServerConfig(
        String host,
        int port,
        DatabaseUrl database,
        String redisUrl,
        Duration tokenTtl,
        int bcryptCost,
        long maxBodyBytes,
        int maxLiveStreams,
        TrustedProxies trustedProxies,
        String metricsToken,
        int publicReadPermits,
        Duration publicReadWait) {

    /** A metrics token shorter than this is refused: it is the only thing between the internet and /metrics. */
    public static final int MIN_METRICS_TOKEN = 16;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be 0-65535, got " + port);
        }
        if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("TOKEN_TTL_MINUTES must be 1 or more, got " + tokenTtl);
        }
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("BCRYPT_COST must be 4-31, got " + bcryptCost);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("MAX_BODY_BYTES must be 1024 or more, got " + maxBodyBytes);
        }
        if (maxLiveStreams < 1) {
            throw new IllegalArgumentException("MAX_LIVE_STREAMS must be 1 or more, got " + maxLiveStreams);
        }
        if (trustedProxies == null) {
            throw new IllegalArgumentException("TRUSTED_PROXIES must be a list (empty for none), got null");
        }
        if (metricsToken != null && (metricsToken.length() < MIN_METRICS_TOKEN || !metricsToken.matches("[!-~]+"))) {
            throw new IllegalArgumentException("METRICS_TOKEN must be " + MIN_METRICS_TOKEN
                    + " or more printable characters without spaces, got " + metricsToken.length() + " characters");
        }
        if (publicReadPermits < 1) {
            throw new IllegalArgumentException("PUBLIC_READ_PERMITS must be 1 or more, got " + publicReadPermits);
        }
        if (publicReadWait == null || publicReadWait.isNegative() || publicReadWait.toMillis() > 10_000) {
            throw new IllegalArgumentException("PUBLIC_READ_WAIT_MS must be 0-10000, got "
                    + (publicReadWait == null ? null : publicReadWait.toMillis()));
        }
    }

    /** Defaults for an in-process server on a free port; the caller brings the data source and Redis client. */
    public static ServerConfig local() {
        return new ServerConfig(
                "127.0.0.1",
                0,
                null,
                null,
                Duration.ofHours(12),
                10,
                8L * 1024 * 1024,
                10_000,
                TrustedProxies.none(),
                null,
                DEFAULT_PUBLIC_READ_PERMITS,
                DEFAULT_PUBLIC_READ_WAIT);
    }

    /** Four of a pool of 20 (the serve command's): the other sixteen are never waited for by the crowd. */
    public static final int DEFAULT_PUBLIC_READ_PERMITS = 4;

    public static final Duration DEFAULT_PUBLIC_READ_WAIT = Duration.ofMillis(100);

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(
                host,
                newPort,
                database,
                redisUrl,
                tokenTtl,
                bcryptCost,
                maxBodyBytes,
                maxLiveStreams,
                trustedProxies,
                metricsToken,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withBcryptCost(int cost) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                tokenTtl,
                cost,
                maxBodyBytes,
                maxLiveStreams,
                trustedProxies,
                metricsToken,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                tokenTtl,
                bcryptCost,
                bytes,
                maxLiveStreams,
                trustedProxies,
                metricsToken,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withTokenTtl(Duration ttl) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                ttl,
                bcryptCost,
                maxBodyBytes,
                maxLiveStreams,
                trustedProxies,
                metricsToken,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withMaxLiveStreams(int streams) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                tokenTtl,
                bcryptCost,
                maxBodyBytes,
                streams,
                trustedProxies,
                metricsToken,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withTrustedProxies(TrustedProxies proxies) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                tokenTtl,
                bcryptCost,
                maxBodyBytes,
                maxLiveStreams,
                proxies,
                metricsToken,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withMetricsToken(String token) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                tokenTtl,
                bcryptCost,
                maxBodyBytes,
                maxLiveStreams,
                trustedProxies,
                token,
                publicReadPermits,
                publicReadWait);
    }

    public ServerConfig withPublicReads(int permits, Duration wait) {
        return new ServerConfig(
                host,
                port,
                database,
                redisUrl,
                tokenTtl,
                bcryptCost,
                maxBodyBytes,
                maxLiveStreams,
                trustedProxies,
                metricsToken,
                permits,
                wait);
    }

    /** {@code ./cricket serve}: DATABASE_URL and REDIS_URL are required; the rest have defaults. */
    public static ServerConfig fromEnv(Map<String, String> env) {
        String databaseUrl = required(env, "DATABASE_URL");
        String redisUrl = required(env, "REDIS_URL");
        checkRedisUrl(redisUrl);
        return new ServerConfig(
                env.getOrDefault("HOST", "0.0.0.0"),
                intVar(env, "PORT", 8080),
                DatabaseUrl.parse(databaseUrl),
                redisUrl,
                Duration.ofMinutes(intVar(env, "TOKEN_TTL_MINUTES", 720)),
                intVar(env, "BCRYPT_COST", 10),
                intVar(env, "MAX_BODY_BYTES", 8 * 1024 * 1024),
                intVar(env, "MAX_LIVE_STREAMS", defaultMaxLiveStreams()),
                TrustedProxies.parse(env.get("TRUSTED_PROXIES")),
                optional(env, "METRICS_TOKEN"),
                intVar(env, "PUBLIC_READ_PERMITS", DEFAULT_PUBLIC_READ_PERMITS),
                Duration.ofMillis(intVar(env, "PUBLIC_READ_WAIT_MS", (int) DEFAULT_PUBLIC_READ_WAIT.toMillis())));
    }

    /** Without the metrics token: a record's own toString would print it into any log line that shows the config. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", metricsToken="
                + (metricsToken == null ? "none" : "***") + ", trustedProxies=" + trustedProxies
                + ", publicReadPermits=" + publicReadPermits + "]";
    }

    /**
     * {@code redis://[:password@]host[:port][/db]}, {@code rediss://...}, or a Sentinel set
     * {@code redis-sentinel://[:password@]host:port[,host:port...][/db]#master} (Lettuce asks the sentinels for the
     * master on every connect, so a failover needs no restart); the password never appears in the message.
     */
    public static void checkRedisUrl(String raw) {
        String shown = raw.replaceAll("//[^@/]*@", "//***@");
        String problem = "REDIS_URL must look like redis://[:password@]host:port or"
                + " redis-sentinel://[:password@]host:port[,host:port]#master, got " + shown;
        if (raw.startsWith("redis-sentinel://")) {
            int hash = raw.indexOf('#');
            String hosts = raw.substring("redis-sentinel://".length(), hash < 0 ? raw.length() : hash)
                    .replaceAll("^[^@/]*@", "")
                    .replaceAll("/.*$", "");
            if (hash < 0 || hash == raw.length() - 1) {
                throw new IllegalArgumentException(
                        "REDIS_URL names a Sentinel set but no master: end it with #<master name>, got " + shown);
            }
            for (String host : hosts.split(",")) {
                if (!host.matches("[^:\\s]+:\\d{1,5}")) {
                    throw new IllegalArgumentException(problem);
                }
            }
            return;
        }
        if (!raw.startsWith("redis://") && !raw.startsWith("rediss://")) {
            throw new IllegalArgumentException(problem);
        }
        try {
            URI uri = new URI(raw);
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getPort() > 65535) {
                throw new IllegalArgumentException(problem);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    /** Only the database is needed: {@code migrate}, {@code populatedb}, {@code user add}, {@code import}. */
    public static DatabaseUrl databaseFromEnv(Map<String, String> env) {
        return DatabaseUrl.parse(required(env, "DATABASE_URL"));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set, e.g. " + example(name));
        }
        return value.trim();
    }

    private static String optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String example(String name) {
        return name.equals("DATABASE_URL")
                ? "postgres://cricket:secret@localhost:5432/cricket"
                : "redis://:secret@localhost:6379";
    }

    /**
     * Streams one core pushes a version to in half a second: bench/fan-out measured 20 us of server CPU per delivered
     * version on a quiet machine (2026-12-02, 19,000 readers on one instance; 23 to 26 us for 100,000 on six), the
     * loopback's whole kernel part included, the receiving socket's work too. The figures of loaded runs (11 to 12
     * us) were lower because threads that never sleep wake no one: they are not what a quiet host pays.
     */
    static final int LIVE_STREAMS_PER_CORE = 25_000;

    /**
     * Each live stream holds a socket, so an instance holds at most its open-file limit less what everything else
     * needs (bench/fan-out: about 19,000 where the limit is 20,000; 10,000 when the limit cannot be read); and each
     * version costs CPU per stream, so no more than its cores push in half a second ({@link #LIVE_STREAMS_PER_CORE}
     * each). A reader past the cap polls /live, which a CDN holds, instead of waiting longer for every ball.
     */
    static int defaultMaxLiveStreams() {
        long byCores = (long) LIVE_STREAMS_PER_CORE * Runtime.getRuntime().availableProcessors();
        long byFiles = 10_000;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long files = unix.getMaxFileDescriptorCount();
            if (files > 2_000) {
                byFiles = files - 1_000;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.min(byFiles, byCores));
    }

    private static int intVar(Map<String, String> env, String name, int fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + raw + "\"");
        }
    }

    /** A JDBC URL with its credentials, from either {@code postgres://user:pass@host:port/db} or a JDBC URL. */
    public record DatabaseUrl(String jdbcUrl, String user, String password) {
        public DatabaseUrl {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("DATABASE_URL must point at PostgreSQL, got " + jdbcUrl);
            }
        }

        public static DatabaseUrl parse(String raw) {
            if (raw.startsWith("jdbc:")) {
                return new DatabaseUrl(raw, null, null);
            }
            if (!raw.startsWith("postgres://") && !raw.startsWith("postgresql://")) {
                throw new IllegalArgumentException(
                        "DATABASE_URL must start with postgres:// or jdbc:postgresql://, got " + redact(raw));
            }
            URI uri;
            try {
                uri = new URI(raw);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        "DATABASE_URL is not a valid URL (postgres://user:password@host:5432/db), got " + redact(raw),
                        e);
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new IllegalArgumentException(
                        "DATABASE_URL must name a host and a database (postgres://user:password@host:5432/db), got "
                                + redact(raw));
            }
            String user = null;
            String password = null;
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                user = parts[0];
                password = parts.length > 1 ? parts[1] : null;
            }
            int port = uri.getPort() == -1 ? 5432 : uri.getPort();
            String query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
            return new DatabaseUrl(
                    "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query, user, password);
        }

        private static String redact(String raw) {
            return raw.replaceAll("//[^@/]*@", "//***@");
        }
    }
}
