package cricket.server.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends a fixture's facts drop ({@link ViewStore#dropFacts}: the views that print the facts go from Redis, and the
 * channel tells the other instances to drop theirs), and remembers each one that did not reach Redis (an edit made
 * while it was away). The facts move no version, so no rewarm or resync would carry such an edit anywhere: each
 * unsent drop is sent again once Redis answers ({@link Resync}).
 */
final class FactsDrops {
    private final RedisGuard guard;
    private final ViewStore store;
    private final Set<Subject.Match> unsent = ConcurrentHashMap.newKeySet();

    FactsDrops(RedisGuard guard, ViewStore store) {
        this.guard = guard;
        this.store = store;
    }

    /** Drops the match's facts views from Redis and the other instances, or remembers it for {@link #resend}. */
    void send(Subject.Match match) {
        if (guard.call(() -> store.dropFacts(match)) == null) {
            unsent.add(match);
        }
    }

    /** Sends each drop that did not reach Redis again; one that fails again waits for the next call. */
    void resend() {
        for (Subject.Match match : Set.copyOf(unsent)) {
            if (!guard.allows()) {
                return;
            }
            unsent.remove(match);
            send(match);
        }
    }
}
