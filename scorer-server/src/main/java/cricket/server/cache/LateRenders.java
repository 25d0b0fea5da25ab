package cricket.server.cache;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renders of the views a scorer's reply does not wait for ({@code ViewKind.Render.AFTER_REPLY}), on one thread
 * in the order they were asked for. A render overtaken by a newer version of the same match before it started is
 * skipped. A reader of such a view asks {@link #await} first: while a render newer than what it holds is pending it
 * waits for it, so a ball that was acknowledged is readable in every view, as when all were rendered before the
 * reply; the scorer stops waiting for the charts, the scorecard and the commentary.
 */
final class LateRenders implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LateRenders.class);

    private final long waitMillis;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("view-cache-render"));
    private final Map<Long, Job> newest = new ConcurrentHashMap<>();

    /** @param waitMillis the longest a reader waits for a render before it answers with what is held */
    LateRenders(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    private record Job(int version, CompletableFuture<Void> done) {}

    /** Runs {@code render} of the match's views at {@code version} on the render thread. */
    void submit(long matchId, int version, Runnable render) {
        Job job = new Job(version, new CompletableFuture<>());
        newest.merge(matchId, job, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        thread.execute(() -> run(matchId, job, render));
    }

    private void run(long matchId, Job job, Runnable render) {
        try {
            Job latest = newest.get(matchId);
            if (latest == null || latest.version() <= job.version()) {
                render.run();
            } // else a newer version of the match is queued behind: its render serves this one's readers too
        } catch (RuntimeException e) {
            log.warn("views not rendered matchId={} version={}", matchId, job.version(), e);
        } finally {
            job.done().complete(null);
            newest.remove(matchId, job);
        }
    }

    /** Whether a render of the match at {@code version} or newer is queued or running here. */
    boolean pending(long matchId, int version) {
        Job job = newest.get(matchId);
        return job != null && job.version() >= version;
    }

    /** Waits, at most the configured time, for a pending render of the match newer than {@code heldVersion}. */
    void await(long matchId, int heldVersion) {
        Job pending = newest.get(matchId);
        if (pending == null || pending.version() <= heldVersion) {
            return;
        }
        try {
            pending.done().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // answer with the version held: an older view beats no view
        }
    }

    /** The render thread, for {@link CommandDrain}. */
    ExecutorService thread() {
        return thread;
    }

    /** Lets the renders already asked for finish, so their views reach the writer. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
