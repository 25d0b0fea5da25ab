package cricket.server.live;

import static cricket.server.cache.CacheTestKit.balls;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.ServerConfig;
import cricket.server.TestServer;
import cricket.server.cache.CacheTestKit;
import cricket.server.cache.TestRedis;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A stream on one instance keeps getting the balls posted on another while Redis is stopped, and after. */
class LiveStreamOutageTest {
    static TestRedis redis;
    static RedisClient clientA;
    static RedisClient clientB;
    static App writerSide;
    static App readerSide;

    @BeforeAll
    static void start() {
        TestServer.reset();
        redis = new TestRedis();
        clientA = redis.client();
        clientB = redis.client();
        writerSide = App.create(ServerConfig.local().withBcryptCost(4), TestServer.pool(), clientA)
                .start();
        readerSide = App.create(ServerConfig.local().withBcryptCost(4), TestServer.pool(), clientB)
                .start();
    }

    @AfterAll
    static void stop() {
        readerSide.close();
        writerSide.close();
        clientA.shutdown();
        clientB.shutdown();
        redis.close();
    }

    @Test
    void aStreamOnTheOtherInstanceHearsOfEachBallWhileRedisIsStoppedAndAfterItIsBack() throws Exception {
        TestServer.user(writerSide, "admin", Role.ADMIN);
        User scorer = TestServer.user(writerSide, "scorer", Role.SCORER);
        long matchId = CacheTestKit.match(writerSide, "admin", scorer.id());
        Http scorerHttp = new Http(writerSide);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        balls(writerSide, scorerHttp, matchId, 1, 2);

        try (LiveStreamTest.Stream stream = new LiveStreamTest.Stream(readerSide, matchId, null)) {
            assertThat(stream.next().id()).isEqualTo("2");
            redis.stop();
            try {
                balls(writerSide, scorerHttp, matchId, 3, 3);
                // No channel message can arrive: the once-a-second recheck rebuilds from the event log.
                assertThat(stream.next().id()).isEqualTo("3");
            } finally {
                redis.start();
            }
            Thread.sleep(1000); // both instances' probes find Redis again
            balls(writerSide, scorerHttp, matchId, 4, 4);
            assertThat(stream.next().id()).isEqualTo("4");
        }
    }
}
