package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-06-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void waitsDoubleAfterTheFreeFailuresAndAGoodLoginClearsThem() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.waitFor("Bob")).isZero();
            throttle.failed("bob");
        }
        assertThat(throttle.waitFor("BOB")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("bob");
        assertThat(throttle.waitFor("bob")).isEqualTo(Duration.ofSeconds(2));
        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.waitFor("bob")).isZero();
        throttle.succeeded("bob");
        throttle.failed("bob");
        assertThat(throttle.waitFor("bob")).isZero();
    }

    @Test
    void guessesAtManyNamesForgetTheStaleOnesSoTheMapStaysBounded() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.failed("name" + i);
        }
        assertThat(throttle.tracked()).isEqualTo(LoginThrottle.MAX_TRACKED);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        throttle.failed("one-more");
        assertThat(throttle.tracked()).isEqualTo(1);
    }
}
