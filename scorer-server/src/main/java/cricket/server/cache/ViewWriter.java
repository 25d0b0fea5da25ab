package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes to Redis, in the order the writes were queued, so no request ever waits for Redis: a
 * scorer's acknowledgement waits only for the commit and this instance's near cache, a reader's miss only for its
 * rebuild. Queued views of a subject that a newer queued version overtakes are skipped; a store that fails (or
 * finds the breaker open) marks the subject dirty, to be re-pushed when Redis answers again.
 */
final class ViewWriter implements AutoCloseable {
    private final RedisGuard guard;
    private final ViewStore store;
    private final Dirty dirty;
    private final long drainMillis;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("view-cache-store"));
    private final Map<Subject, Pending> pending = new ConcurrentHashMap<>();

    ViewWriter(RedisGuard guard, ViewStore store, Dirty dirty, long drainMillis) {
        this.guard = guard;
        this.store = store;
        this.dirty = dirty;
        this.drainMillis = drainMillis;
    }

    /** The newest views of a subject waiting for the writer thread. */
    private record Pending(int version, Map<ViewKind, CachedView> views) {
        /** The newer of the two; of the same version, both sets of views (the live view, then the later ones). */
        Pending newer(Pending other) {
            if (other.version == version) {
                Map<ViewKind, CachedView> both = new EnumMap<>(ViewKind.class);
                both.putAll(views);
                both.putAll(other.views);
                return new Pending(version, both);
            }
            return other.version > version ? other : this;
        }
    }

    /** Queues {@code views} at {@code version} for Redis (version-guarded there too). */
    void store(Subject subject, int version, Map<ViewKind, CachedView> views) {
        pending.merge(subject, new Pending(version, views), Pending::newer);
        thread.execute(() -> storePending(subject));
    }

    /** Queues a Redis call that changes no view (a new match's or a deleted match's announcement). */
    void run(Runnable redisCall) {
        thread.execute(redisCall);
    }

    private void storePending(Subject subject) {
        Pending p = pending.remove(subject);
        if (p == null) {
            return; // an earlier task already stored these views or newer ones
        }
        if (!guard.allows() || guard.call(() -> store.storeIfNewer(subject, p.version(), p.views())) == null) {
            dirty.add(subject);
        }
    }

    /** The writer thread, for {@link CommandDrain}. */
    ExecutorService thread() {
        return thread;
    }

    /** Lets the views of the last writes reach Redis (each Redis call is bounded by the command timeout). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(drainMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
