package cricket.server.cache;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How a one-shot command (an import) waits before it closes until the views it wrote are in Redis: a server's close
 * gives its last writes a few command timeouts, but a command exists for those writes, and on a busy machine its
 * first probe or a store may fail, leaving views dirty for a probe that would never run again.
 */
final class CommandDrain {
    private CommandDrain() {}

    /**
     * Lets each thread run what was queued on it before, in the order the views travel (renders, the live list and
     * the competition's refresh, then the writer), then, while anything is dirty or the breaker is open, lets the
     * probe re-push it; true when all of it reached Redis within {@code patience}.
     */
    static boolean awaitStored(
            Duration patience,
            ExecutorService render,
            ExecutorService worker,
            ScheduledExecutorService competition,
            ScheduledExecutorService prober,
            ExecutorService writer,
            Dirty dirty,
            RedisGuard guard) {
        long deadline = System.nanoTime() + patience.toNanos();
        run(render, () -> true, deadline);
        run(worker, () -> true, deadline);
        // A refresh is queued at most its gap ahead: a mark queued as far ahead runs after it.
        run(competition, () -> true, deadline, CompetitionRefresh.MIN_GAP_NANOS);
        while (System.nanoTime() < deadline) {
            // Asked on the probe's thread, so no re-push of a dirty subject is half done when the writer is drained.
            boolean clean = run(prober, () -> dirty.size() == 0 && guard.allows(), deadline);
            if (run(writer, () -> true, deadline) && clean && dirty.size() == 0) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean run(ExecutorService thread, Callable<Boolean> check, long deadline) {
        return run(thread, check, deadline, 0);
    }

    /** Runs {@code check} on {@code thread} after what is queued there; false if it did not run by the deadline. */
    private static boolean run(ExecutorService thread, Callable<Boolean> check, long deadline, long delayNanos) {
        try {
            var result = thread instanceof ScheduledExecutorService scheduled
                    ? scheduled.schedule(check, delayNanos, TimeUnit.NANOSECONDS)
                    : thread.submit(check);
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
