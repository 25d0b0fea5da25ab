package cricket.server.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache's two Redis connections (commands and pub/sub) with short timeouts. A command on a dropped connection
 * is rejected at once and one on a frozen server times out in tens of milliseconds, so a reader never hangs. The
 * probe reconnects by hand instead of waiting for Lettuce's back-off, which grows to seconds after a long outage.
 */
public final class RedisLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(200);

    private final RedisClient client;
    private final Duration commandTimeout;
    private final byte[][] channels;
    private final RedisPubSubListener<byte[], byte[]> listener;
    private volatile StatefulRedisConnection<byte[], byte[]> commands;
    private volatile StatefulRedisPubSubConnection<byte[], byte[]> pubSub;

    public RedisLink(
            RedisClient client, Duration commandTimeout, String channel, RedisPubSubListener<byte[], byte[]> listener) {
        this(client, commandTimeout, List.of(channel), listener);
    }

    /** Subscribed to each of {@code channels}, every message going to {@code listener}. */
    public RedisLink(
            RedisClient client,
            Duration commandTimeout,
            List<String> channels,
            RedisPubSubListener<byte[], byte[]> listener) {
        if (commandTimeout.isNegative() || commandTimeout.isZero() || commandTimeout.toMillis() > 1000) {
            throw new IllegalArgumentException("commandTimeout must be 1-1000 ms, got " + commandTimeout.toMillis());
        }
        this.client = client;
        this.commandTimeout = commandTimeout;
        this.channels =
                channels.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.listener = listener;
        client.setOptions(options());
    }

    /** Fail fast: reject while disconnected, reconnect in the background, connect within 200 ms. */
    public static ClientOptions options() {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(
                        SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .build();
    }

    /** A client for {@code url} with the cache's fail-fast options. */
    public static RedisClient client(String url) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(Duration.ofMillis(500));
        RedisClient client = RedisClient.create(uri);
        client.setOptions(options());
        return client;
    }

    /** The command interface, connecting first when there is no open connection; throws when Redis is away. */
    RedisCommands<byte[], byte[]> sync() {
        StatefulRedisConnection<byte[], byte[]> c = commands;
        if (c == null || !c.isOpen()) {
            throw new IllegalStateException("Redis connection is not open");
        }
        return c.sync();
    }

    boolean pubSubOpen() {
        StatefulRedisPubSubConnection<byte[], byte[]> p = pubSub;
        return p != null && p.isOpen();
    }

    /** One PING on the open command connection; false when it fails or times out (a frozen server). */
    boolean ping() {
        try {
            sync().ping();
            return true;
        } catch (RuntimeException e) {
            log.debug("redis ping failed: {}", e.toString());
            return false;
        }
    }

    /** Opens fresh connections where the old ones are gone and checks with PING; true when Redis answered. */
    synchronized boolean probe() {
        try {
            if (commands == null || !commands.isOpen()) {
                closeQuietly(commands);
                commands = client.connect(ByteArrayCodec.INSTANCE);
                commands.setTimeout(commandTimeout);
            }
            commands.sync().ping();
            if (pubSub == null || !pubSub.isOpen()) {
                closeQuietly(pubSub);
                StatefulRedisPubSubConnection<byte[], byte[]> p = client.connectPubSub(ByteArrayCodec.INSTANCE);
                p.setTimeout(commandTimeout.multipliedBy(4));
                p.addListener(listener);
                p.sync().subscribe(channels);
                pubSub = p;
            }
            return true;
        } catch (RuntimeException e) {
            log.debug("redis probe failed: {}", e.toString());
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            log.debug("closing a dead Redis connection failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(pubSub);
        closeQuietly(commands);
    }
}
