package cricket.server.account;

import java.time.Clock;
import java.time.Duration;

/**
 * Slows password guessing. Each attempt is counted <em>before</em> its password is checked, in one atomic step of
 * {@link LoginCounters}, so twenty guesses sent at once get no more checks than twenty sent one after another.
 *
 * <ul>
 *   <li>Per (username, client address): {@value #FREE_FAILURES} attempts, then each further one must wait twice
 *       as long as the last (1 s, 2 s, 4 s ... at most 5 minutes). A good login clears the pair.
 *   <li>Per username across every address: at most {@value #USER_ATTEMPTS_PER_WINDOW} attempts a minute. This is
 *       a rate, not a lock: a stranger guessing from many addresses gets that many checks a minute, and the real
 *       scorer, from an address that has not been guessing, can sign in again within a minute of the guessing
 *       stopping (a good login gives its attempt back).
 * </ul>
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int USER_ATTEMPTS_PER_WINDOW = 20;
    static final Duration USER_WINDOW = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final LoginCounters counters;
    private final Clock clock;

    public LoginThrottle(LoginCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** The rule's figures, as the counters apply them. */
    record Limits(int freeFailures, long maxWaitMillis, int userAttempts, long userWindowMillis) {
        static final Limits DEFAULT =
                new Limits(FREE_FAILURES, MAX_WAIT.toMillis(), USER_ATTEMPTS_PER_WINDOW, USER_WINDOW.toMillis());

        /** The wait after {@code attempts} attempts of a pair whose last one was {@code sinceLast} ms ago. */
        long pairWait(long attempts, long sinceLast) {
            if (attempts < freeFailures) {
                return 0;
            }
            long doublings = Math.min(attempts - freeFailures, 20);
            long penalty = Math.min(1000L << doublings, maxWaitMillis);
            return Math.max(0, penalty - sinceLast);
        }
    }

    /**
     * Counts one attempt for {@code username} from {@code address}; zero when its password may be checked now,
     * otherwise how long to wait (and the attempt is not counted).
     */
    public Duration attempt(String username, String address) {
        long waitMillis =
                counters.attempt(pairKey(username, address), userKey(username), clock.millis(), Limits.DEFAULT);
        return Duration.ofMillis(waitMillis);
    }

    /** The password was right: the pair starts afresh and the user's rate gets this attempt back. */
    public void succeeded(String username, String address) {
        counters.succeeded(pairKey(username, address), userKey(username), clock.millis(), Limits.DEFAULT);
    }

    private static String pairKey(String username, String address) {
        return normal(username) + "|" + address;
    }

    private static String userKey(String username) {
        return normal(username);
    }

    private static String normal(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
