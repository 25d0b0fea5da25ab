package cricket.server.account;

/**
 * Where the login throttle keeps its counts. Both methods are atomic: the check and the count are one step, so
 * parallel attempts cannot all pass a check made before any of them was counted.
 */
public interface LoginCounters {
    /**
     * If neither the pair nor the user must wait, counts one attempt for both and answers 0; otherwise answers the
     * longer wait in milliseconds and counts nothing.
     */
    long attempt(String pair, String user, long nowMillis, LoginThrottle.Limits limits);

    /** Clears the pair's attempts and gives the user's current window one attempt back. */
    void succeeded(String pair, String user, long nowMillis, LoginThrottle.Limits limits);
}
