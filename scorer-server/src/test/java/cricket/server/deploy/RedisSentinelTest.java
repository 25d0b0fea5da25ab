package cricket.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.ServerConfig;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import cricket.server.cache.RedisLink;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisSentinel;
import redis.embedded.RedisServer;

/**
 * REDIS_URL may name a Redis Sentinel set: the server finds the master through the sentinel, and after a failover
 * (the master killed, its replica promoted) it writes the views to the new master with no restart. Real
 * redis-server and redis-sentinel processes (the embedded Redis binary in both roles).
 */
class RedisSentinelTest {
    static final String MASTER_NAME = "cricket";
    RedisServer master;
    RedisServer replica;
    RedisSentinel sentinel;
    App app;
    RedisClient client;

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (client != null) {
            client.shutdown();
        }
        for (var instance : new redis.embedded.Redis[] {sentinel, replica, master}) {
            if (instance != null && instance.isActive()) {
                instance.stop();
            }
        }
    }

    @Test
    void theServerFindsTheMasterThroughTheSentinelAndFollowsAFailover() throws Exception {
        int masterPort = freePort();
        int replicaPort = freePort();
        int sentinelPort = freePort();
        master = redis(masterPort).build();
        master.start();
        replica = redis(replicaPort).slaveOf("127.0.0.1", masterPort).build();
        replica.start();
        sentinel = RedisSentinel.newRedisSentinel()
                .bind("127.0.0.1")
                .port(sentinelPort)
                .masterName(MASTER_NAME)
                .masterPort(masterPort)
                .quorumSize(1)
                .downAfterMilliseconds(1000)
                .failOverTimeout(5000)
                .build();
        sentinel.start();

        TestServer.reset();
        client = RedisLink.client("redis-sentinel://127.0.0.1:" + sentinelPort + "#" + MASTER_NAME);
        app = App.create(ServerConfig.local().withBcryptCost(4), TestServer.pool(), client)
                .start();
        TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer", Role.SCORER);
        long matchId = CacheTestKit.match(app, "admin", scorer.id());
        Http http = new Http(app);
        http.login("scorer", TestServer.PASSWORD);
        CacheTestKit.balls(app, http, matchId, 1, 3);
        awaitLiveVersion(masterPort, matchId, 3);

        master.stop(); // the sentinel sees it down after a second and promotes the replica
        awaitMaster(sentinelPort, replicaPort);
        // The first writes after the failover may fail over to the breaker; the views reach the new master anyway.
        CacheTestKit.balls(app, http, matchId, 4, 6);
        awaitLiveVersion(replicaPort, matchId, 6);
        assertThat(http.get("/api/v1/matches/" + matchId + "/live").status()).isEqualTo(200);
    }

    private static redis.embedded.core.RedisServerBuilder redis(int port) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "sentinel-test", Integer.toString(port)))
                .toAbsolutePath();
        return RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + dir)
                .setting("save \"\"")
                .setting("appendonly no");
    }

    /** Waits until the Redis on {@code port} holds the match's live view at {@code version}. */
    private static void awaitLiveVersion(int port, long matchId, int version) throws InterruptedException {
        RedisClient direct = RedisLink.client("redis://127.0.0.1:" + port);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String held = null;
            while (System.nanoTime() < deadline) {
                try (StatefulRedisConnection<String, String> c = direct.connect()) {
                    held = c.sync().hget("cricket:view:" + matchId + ":live", "v");
                    if (String.valueOf(version).equals(held)) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // not up yet
                }
                Thread.sleep(100);
            }
            assertThat(held)
                    .as("live view version in the Redis on port %d", port)
                    .isEqualTo(String.valueOf(version));
        } finally {
            direct.shutdown();
        }
    }

    /** Waits until the sentinel names the Redis on {@code port} as the master. */
    private static void awaitMaster(int sentinelPort, int port) throws InterruptedException {
        RedisClient direct = RedisLink.client("redis://127.0.0.1:" + sentinelPort);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            List<String> named = List.of();
            while (System.nanoTime() < deadline) {
                try (StatefulRedisConnection<String, String> c = direct.connect()) {
                    var address = c.sync()
                            .dispatch(
                                    io.lettuce.core.protocol.CommandType.SENTINEL,
                                    new io.lettuce.core.output.ValueListOutput<>(
                                            io.lettuce.core.codec.StringCodec.UTF8),
                                    new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.StringCodec.UTF8)
                                            .add("get-master-addr-by-name")
                                            .add(MASTER_NAME));
                    named = List.copyOf(address);
                    if (named.size() == 2 && named.get(1).equals(String.valueOf(port))) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // the sentinel is busy with the failover
                }
                Thread.sleep(200);
            }
            assertThat(named).as("master named by the sentinel").endsWith(String.valueOf(port));
        } finally {
            direct.shutdown();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
