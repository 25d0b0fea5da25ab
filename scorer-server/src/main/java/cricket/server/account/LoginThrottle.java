package cricket.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows password guessing per username: after {@value #FREE_FAILURES} failures each further attempt must wait
 * twice as long as the last (1 s, 2 s, 4 s ... capped at 5 minutes). A good login clears the count.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int MAX_TRACKED = 100_000;
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {}

    /** How long this username must still wait before another attempt; zero when it may try now. */
    Duration waitFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration penalty = penalty(f.count());
        Duration elapsed = Duration.between(f.last(), clock.instant());
        return elapsed.compareTo(penalty) >= 0 ? Duration.ZERO : penalty.minus(elapsed);
    }

    void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            // Guesses at many names: forget those whose penalty has run out, so the map stays bounded.
            failures.values().removeIf(f -> Duration.between(f.last(), now).compareTo(MAX_WAIT) > 0);
        }
        failures.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    int tracked() {
        return failures.size();
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static Duration penalty(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
