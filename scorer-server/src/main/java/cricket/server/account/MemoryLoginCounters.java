package cricket.server.account;

import java.util.HashMap;
import java.util.Map;

/**
 * The login counts of one instance, for an app without Redis and while Redis is away. Bounded: when
 * {@value #MAX_TRACKED} pairs are tracked, those whose longest wait has run out are forgotten.
 */
public final class MemoryLoginCounters implements LoginCounters {
    static final int MAX_TRACKED = 100_000;

    private record Pair(long attempts, long last) {}

    private record Window(String user, long index) {}

    private final Map<String, Pair> pairs = new HashMap<>();
    private final Map<Window, Integer> windows = new HashMap<>();
    private long window;

    @Override
    public synchronized long attempt(String pair, String user, long now, LoginThrottle.Limits limits) {
        Pair p = pairs.getOrDefault(pair, new Pair(0, now));
        long pairWait = limits.pairWait(p.attempts(), now - p.last());
        long index = now / limits.userWindowMillis();
        Window window = new Window(user, index);
        int used = windows.getOrDefault(window, 0);
        long userWait = used >= limits.userAttempts() ? (index + 1) * limits.userWindowMillis() - now : 0;
        if (pairWait > 0 || userWait > 0) {
            return Math.max(pairWait, userWait);
        }
        if (pairs.size() >= MAX_TRACKED) {
            pairs.values().removeIf(old -> now - old.last() > limits.maxWaitMillis());
        }
        if (index != this.window) {
            windows.keySet().removeIf(w -> w.index() < index); // a new minute: the old ones are done
            this.window = index;
        }
        pairs.put(pair, new Pair(p.attempts() + 1, now));
        windows.put(window, used + 1);
        return 0;
    }

    @Override
    public synchronized void succeeded(String pair, String user, long now, LoginThrottle.Limits limits) {
        pairs.remove(pair);
        windows.computeIfPresent(new Window(user, now / limits.userWindowMillis()), (w, n) -> n > 1 ? n - 1 : null);
    }

    synchronized int tracked() {
        return pairs.size();
    }
}
