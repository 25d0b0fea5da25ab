package cricket.server.live;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.eclipse.jetty.io.EndPoint;

/**
 * One stream's servlet response in non-blocking mode (Servlet 3.1 {@link WriteListener}): a write hands the bytes to
 * Jetty and returns; {@code isReady()} false means the socket took only part of them, and Jetty calls
 * {@link #onWritePossible} when the rest has gone. Each frame goes to the socket as it is, through Jetty's
 * {@link HttpOutput#write(ByteBuffer)}, which never copies into the response's buffer: so there is nothing to flush
 * after it, and a stream holds no pooled buffer between writes (see bench/README.md: with one held by each stream,
 * Jetty's buffer pool searched past them on every write). A reader that stops reading holds no thread, only its
 * bytes.
 * Ends when the client goes, a write fails, or {@link #abort} closes the connection; {@code ended} completes then,
 * which ends the request in Javalin.
 */
final class ServletSink implements LiveStreams.Sink, WriteListener, AsyncListener {
    private final HttpOutput out;
    private final EndPoint endPoint;
    private final CompletableFuture<Void> ended;
    private Runnable inFlight;
    private Runnable onClose = () -> {};
    private volatile boolean terminated;

    ServletSink(AsyncContext async, HttpOutput out, EndPoint endPoint, CompletableFuture<Void> ended) {
        this.out = out;
        this.endPoint = endPoint;
        this.ended = ended;
        async.addListener(this);
    }

    @Override
    public void write(byte[] frame, Runnable done) {
        boolean finished;
        synchronized (this) {
            if (terminated) {
                finished = true;
            } else {
                inFlight = done;
                finished = tryWrite(frame);
            }
        }
        if (finished) {
            complete();
        }
    }

    /** Writes as far as the socket takes now; true when all of it went (or the stream has ended). */
    private boolean tryWrite(byte[] frame) {
        try {
            out.write(ByteBuffer.wrap(frame));
            return out.isReady();
        } catch (IOException | IllegalStateException e) {
            end();
            return true;
        }
    }

    @Override
    public void onWritePossible() {
        boolean finished;
        synchronized (this) {
            finished = inFlight != null; // null: Jetty's first call after the listener is set
        }
        if (finished) {
            complete();
        }
    }

    private void complete() {
        Runnable done;
        synchronized (this) {
            done = inFlight;
            inFlight = null;
        }
        if (done != null) {
            done.run();
        }
    }

    @Override
    public void onError(Throwable failure) {
        end();
        complete();
    }

    @Override
    public boolean terminated() {
        return terminated;
    }

    @Override
    public synchronized void onClose(Runnable action) {
        this.onClose = action;
    }

    @Override
    public void abort() {
        try {
            endPoint.close();
        } finally {
            end();
        }
    }

    private void end() {
        Runnable action;
        synchronized (this) {
            if (terminated) {
                return;
            }
            terminated = true;
            action = onClose;
        }
        action.run();
        ended.complete(null);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        end();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        end();
    }

    @Override
    public void onError(AsyncEvent event) {
        end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}
}
