package cricket.server.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    static CircuitBreaker closed(int threshold) {
        CircuitBreaker b = new CircuitBreaker(threshold);
        assertThat(b.startProbe()).isTrue();
        b.probeSucceeded();
        return b;
    }

    @Test
    void startsOpenSoNothingReliesOnRedisBeforeAProbe() {
        assertThat(new CircuitBreaker(3).allows()).isFalse();
    }

    @Test
    void opensAfterTheThresholdOfFailuresInARow() {
        CircuitBreaker b = closed(3);
        assertThat(b.failed()).isFalse();
        assertThat(b.failed()).isFalse();
        assertThat(b.allows()).isTrue();
        assertThat(b.failed()).isTrue();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        CircuitBreaker b = closed(2);
        b.failed();
        b.succeeded();
        b.failed();
        assertThat(b.allows()).isTrue();
    }

    @Test
    void aFailedProbeLeavesItOpenAndOnlyOneProbeRunsAtATime() {
        CircuitBreaker b = closed(1);
        b.failed();
        assertThat(b.startProbe()).isTrue();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(b.startProbe()).isFalse();
        b.probeFailed();
        assertThat(b.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aThresholdBelowOneIsRefusedWithTheValue() {
        assertThatThrownBy(() -> new CircuitBreaker(0)).hasMessage("threshold must be 1 or more, got 0");
    }
}
