package cricket.server.live;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * One stream's connection, written to directly once the response head has gone. The stream's body is its events as
 * they are, delimited by the connection's end ({@code Connection: close}: no chunked framing), so a frame needs
 * nothing of Jetty's response machinery: one non-blocking write of the shared bytes on the connection's
 * {@link EndPoint}, which returns at once and calls back when the socket has taken them all. A reader that stops
 * reading holds no thread, only its bytes. Measured against a write through the servlet output (bench/README.md),
 * this halves the server's CPU per delivery.
 *
 * <p>Jetty writes nothing more on the connection while the stream is open, so the one write in flight that
 * {@link LiveStreams} allows is the only one. Ends when the client goes, a write fails, or {@link #abort} closes the
 * connection; {@code ended} completes then, which ends the request in Javalin.
 */
final class EndPointSink implements LiveStreams.Sink, Callback, AsyncListener {
    private final EndPoint endPoint;
    private final CompletableFuture<Void> ended;
    private Runnable inFlight;
    private Runnable onClose = () -> {};
    private volatile boolean terminated;

    EndPointSink(AsyncContext async, EndPoint endPoint, CompletableFuture<Void> ended) {
        this.endPoint = endPoint;
        this.ended = ended;
        async.addListener(this);
    }

    @Override
    public void write(byte[] frame, Runnable done) {
        boolean open;
        synchronized (this) {
            open = !terminated;
            if (open) {
                inFlight = done; // if the stream ends from here on, the write fails and runs it
            }
        }
        if (!open) {
            done.run();
            return;
        }
        try {
            endPoint.write(this, ByteBuffer.wrap(frame));
        } catch (RuntimeException e) { // closed under the write, or a write still pending
            failed(e);
        }
    }

    /** The socket has taken the whole frame. */
    @Override
    public void succeeded() {
        complete();
    }

    @Override
    public void failed(Throwable failure) {
        end();
        complete();
    }

    /** Completing a write only marks the stream and hands the next one to its sender: it never blocks. */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
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
