package cricket.server.live;

import static cricket.server.cache.CacheTestKit.balls;
import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import cricket.server.TwoInstances;
import cricket.server.cache.CacheTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stream on one instance keeps getting the balls posted on another while Redis is stopped, and after. */
class LiveStreamOutageTest {
    @RegisterExtension
    static final TwoInstances instances = TwoInstances.perClass();

    @Test
    void aStreamOnTheOtherInstanceHearsOfEachBallWhileRedisIsStoppedAndAfterItIsBack() throws Exception {
        App writerSide = instances.first();
        App readerSide = instances.second();
        TestServer.user(writerSide, "admin", Role.ADMIN);
        User scorer = TestServer.user(writerSide, "scorer", Role.SCORER);
        long matchId = CacheTestKit.match(writerSide, "admin", scorer.id());
        Http scorerHttp = new Http(writerSide);
        scorerHttp.login("scorer", TestServer.PASSWORD);
        balls(writerSide, scorerHttp, matchId, 1, 2);

        try (LiveStreamTest.Stream stream = new LiveStreamTest.Stream(readerSide, matchId, null)) {
            assertThat(stream.next().id()).isEqualTo("2");
            instances.redis().stop();
            try {
                balls(writerSide, scorerHttp, matchId, 3, 3);
                // No channel message can arrive: the once-a-second recheck rebuilds from the event log.
                assertThat(stream.next().id()).isEqualTo("3");
            } finally {
                instances.redis().start();
            }
            Thread.sleep(1000); // both instances' probes find Redis again
            balls(writerSide, scorerHttp, matchId, 4, 4);
            assertThat(stream.next().id()).isEqualTo("4");
        }
    }
}
