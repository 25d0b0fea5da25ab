package cricket.bench.killserver;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.scoring.MatchEvent;
import cricket.server.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KillServerProofTest {
    @Test
    void killingTheServerMidStreamLosesNoAcknowledgedEventAndLeavesNoGap() throws Exception {
        List<MatchEvent> events = KillServerProof.matchEvents("/demo/1082591.json");
        long matchId = KillServerProof.prepare(TestServer.pool(), events);
        String jdbc = TestServer.pool().getJdbcUrl();
        String dbUrl = jdbc.replace("jdbc:postgresql://", "postgres://postgres:postgres@");
        String redisUrl = TestServer.redisUrl();

        KillServerProof.Outcome outcome =
                new KillServerProof(dbUrl, redisUrl, Path.of("target", "kill-server-test")).run(matchId, events, 40);

        assertThat(outcome.acknowledged()).as(outcome.line()).isGreaterThanOrEqualTo(40);
        assertThat(outcome.lost()).as(outcome.line()).isZero();
        assertThat(outcome.duplicated()).as(outcome.line()).isZero();
        assertThat(outcome.gapFree()).as(outcome.line()).isTrue();
        assertThat(outcome.present()).isEqualTo(outcome.acknowledged());
        assertThat(outcome.storedAfterKill()).isBetween(outcome.acknowledged(), outcome.acknowledged() + 1);
    }
}
