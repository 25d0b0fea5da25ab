package cricket.server.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Answers "can this match exist?" (or this tournament, or player: one instance each) without the database for
 * almost every id, so random ids cannot reach
 * PostgreSQL: ids above the highest match id (re-read at most once per {@code recheckNanos}) and ids found
 * missing (remembered for a while) are unknown.
 */
final class KnownMatches {
    private static final int MAX_MISSING = 100_000;
    private final LongSupplier highestId;
    private final long recheckNanos;
    private final Map<Long, Long> missingUntil = new ConcurrentHashMap<>();
    private volatile long highest = -1;
    private volatile long highestReadAt;

    KnownMatches(LongSupplier highestId, long recheckNanos) {
        this.highestId = highestId;
        this.recheckNanos = recheckNanos;
    }

    boolean mayExist(long matchId) {
        Long until = missingUntil.get(matchId);
        if (until != null) {
            if (System.nanoTime() - until < 0) {
                return false;
            }
            missingUntil.remove(matchId, until);
        }
        return matchId <= highest || matchId <= refreshHighest();
    }

    void exists(long matchId) {
        missingUntil.remove(matchId);
        if (matchId > highest) {
            synchronized (this) {
                highest = Math.max(highest, matchId);
            }
        }
    }

    void missing(long matchId) {
        if (missingUntil.size() >= MAX_MISSING) {
            missingUntil.clear();
        }
        missingUntil.put(matchId, System.nanoTime() + recheckNanos * 10);
    }

    private synchronized long refreshHighest() {
        long now = System.nanoTime();
        if (highest < 0 || now - highestReadAt > recheckNanos) {
            highest = Math.max(highest, highestId.getAsLong());
            highestReadAt = now;
        }
        return highest;
    }
}
