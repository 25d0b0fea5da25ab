package cricket.server.cache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed: Redis is called. After {@code threshold} failures in a row it opens and nobody calls Redis; the cache's
 * probe moves it to half-open, tries one PING, and closes it on success or opens it again on failure. Requests
 * never probe, so an outage costs each of them nothing.
 */
public final class CircuitBreaker {
    /** The gauge value is the ordinal: 0 closed, 1 open, 2 half-open. */
    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);
    private final AtomicInteger failures = new AtomicInteger();

    /** Starts open: the first probe proves Redis is there before anyone relies on it. */
    public CircuitBreaker(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be 1 or more, got " + threshold);
        }
        this.threshold = threshold;
    }

    public boolean allows() {
        return state.get() == State.CLOSED;
    }

    public State state() {
        return state.get();
    }

    public void succeeded() {
        failures.set(0);
    }

    /** Counts a failure; true when this one opened the breaker. */
    public boolean failed() {
        if (failures.incrementAndGet() >= threshold) {
            return state.compareAndSet(State.CLOSED, State.OPEN);
        }
        return false;
    }

    /** Open to half-open, for the probe; false when it is not open. */
    boolean startProbe() {
        return state.compareAndSet(State.OPEN, State.HALF_OPEN);
    }

    void probeSucceeded() {
        failures.set(0);
        state.set(State.CLOSED);
    }

    /** Used when the channel connection is lost: the near cache can no longer trust it is told of new versions. */
    void forceOpen() {
        state.set(State.OPEN);
    }

    void probeFailed() {
        state.set(State.OPEN);
    }
}
