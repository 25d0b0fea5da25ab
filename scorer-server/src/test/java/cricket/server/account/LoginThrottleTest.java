package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.server.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The throttle's rule, the same on both stores: this instance's memory and Redis (the embedded test server). */
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

    static Stream<Supplier<LoginCounters>> stores() {
        return Stream.of(MemoryLoginCounters::new, () -> {
            RedisLoginCounters redis = new RedisLoginCounters(TestServer.redis());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!redis.shared() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the first connection is made in the background
            }
            assertThat(redis.shared()).as("the counters reached Redis").isTrue();
            return redis;
        });
    }

    /** Names no other test (or an earlier run against the same Redis) has counted. */
    static String fresh(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPairWaitsDoubleAfterTheFreeAttemptsAndAGoodLoginClearsIt(Supplier<LoginCounters> store) {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(store.get(), clock);
        String bob = fresh("bob");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.attempt(bob, "10.0.0.1")).isZero();
        }
        assertThat(throttle.attempt(bob.toUpperCase(), "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.attempt(bob, "10.0.0.1")).isZero();
        assertThat(throttle.attempt(bob, "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        // Another address is another pair.
        assertThat(throttle.attempt(bob, "10.0.0.2")).isZero();
        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.attempt(bob, "10.0.0.1")).isZero();
        throttle.succeeded(bob, "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.attempt(bob, "10.0.0.1")).isZero();
        }
        assertThat(throttle.attempt(bob, "10.0.0.1")).isPositive();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aUsernameGetsARateOfAttemptsAcrossAddressesThatRecoversInAMinute(Supplier<LoginCounters> store) {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(store.get(), clock);
        String scorer = fresh("scorer");
        for (int i = 0; i < LoginThrottle.USER_ATTEMPTS_PER_WINDOW; i++) {
            assertThat(throttle.attempt(scorer, "10.1.0." + i))
                    .as("address %d", i)
                    .isZero();
        }
        Duration wait = throttle.attempt(scorer, "192.168.7.7");
        assertThat(wait).isPositive().isLessThanOrEqualTo(LoginThrottle.USER_WINDOW);
        assertThat(throttle.attempt(fresh("someone-else"), "10.1.0.1")).isZero();
        clock.now = clock.now.plus(wait);
        assertThat(throttle.attempt(scorer, "192.168.7.7")).isZero();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aGoodLoginGivesItsAttemptBackToTheUsersRate(Supplier<LoginCounters> store) {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(store.get(), clock);
        String scorer = fresh("scorer");
        for (int i = 0; i < LoginThrottle.USER_ATTEMPTS_PER_WINDOW; i++) {
            assertThat(throttle.attempt(scorer, "10.2.0." + i)).isZero();
            throttle.succeeded(scorer, "10.2.0." + i);
        }
        assertThat(throttle.attempt(scorer, "10.2.0.99")).isZero();
    }

    @Test
    void guessesAtManyNamesForgetTheStaleOnesSoMemoryStaysBounded() {
        HandClock clock = new HandClock();
        MemoryLoginCounters counters = new MemoryLoginCounters();
        LoginThrottle throttle = new LoginThrottle(counters, clock);
        for (int i = 0; i < MemoryLoginCounters.MAX_TRACKED; i++) {
            throttle.attempt("name" + i, "10.0.0.1");
        }
        assertThat(counters.tracked()).isEqualTo(MemoryLoginCounters.MAX_TRACKED);
        clock.now = clock.now.plus(LoginThrottle.MAX_WAIT).plusSeconds(1);
        throttle.attempt("one-more", "10.0.0.1");
        assertThat(counters.tracked()).isEqualTo(1);
    }
}
