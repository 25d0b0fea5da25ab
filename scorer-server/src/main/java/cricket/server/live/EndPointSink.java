package cricket.server.live;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * One stream's connection, written to directly once the response head has gone. The stream's body is its events as
 * they are, delimited by the connection's end ({@code Connection: close}: no chunked framing), so a frame needs
 * nothing of Jetty's response machinery. The sender thread writes the shared bytes straight to the connection's
 * {@link SocketChannel} (non-blocking, as Jetty keeps it): on a reader that keeps up the socket takes the whole
 * frame at once, and the write costs one syscall and nothing else of Jetty's (no write flusher, callback or
 * idle-time bookkeeping). Only what the socket does not take goes through the {@link EndPoint}, which waits for
 * the socket to drain and calls back; a reader that stops reading holds no thread, only its bytes. Measured against
 * a write through the servlet output and through the EndPoint in bench/README.md.
 *
 * <p>Jetty writes nothing more on the connection while the stream is open, so the one write in flight that
 * {@link LiveStreams} allows is the only one; the connection's idle timeout is off (the direct writes do not tell
 * Jetty of them), and {@link LiveStreams}' stall cut-off and keep-alives stand in for it. Ends when the client goes,
 * a write fails, or {@link #abort} closes the connection; {@code ended} completes then, which ends the request in
 * Javalin.
 */
final class EndPointSink implements LiveStreams.Sink, Callback, AsyncListener {
    /**
     * The kernel's send buffer of a stream's socket (Linux keeps twice this): about 90 events of a live summary, far
     * more than a reader that keeps up ever has in flight, and a bound on what a frozen tab holds in kernel memory
     * (autotuning would let each grow to megabytes) before its writes wait and its stall is noticed.
     */
    static final int SEND_BUFFER_BYTES = 32 * 1024;

    private final EndPoint endPoint;
    /** Null when the connection is not a plain socket's (then every write goes through the EndPoint). */
    private final SocketChannel channel;

    private final CompletableFuture<Void> ended;
    private Runnable inFlight;
    private Runnable onClose = () -> {};
    private volatile boolean terminated;

    EndPointSink(AsyncContext async, EndPoint endPoint, CompletableFuture<Void> ended) {
        this.endPoint = endPoint;
        this.channel = endPoint instanceof SocketChannelEndPoint socket ? socket.getChannel() : null;
        this.ended = ended;
        if (channel != null) {
            endPoint.setIdleTimeout(0);
            try {
                channel.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER_BYTES);
            } catch (IOException e) { // closed already: the first write fails and ends the stream
                // nothing to set
            }
        }
        async.addListener(this);
    }

    @Override
    public boolean write(ByteBuffer frame, Runnable done) {
        if (channel != null && !terminated) {
            try {
                channel.write(frame);
            } catch (IOException e) { // the reader has gone, or Jetty closed the connection
                end();
                done.run();
                return false;
            }
            if (!frame.hasRemaining()) {
                return true;
            }
        }
        boolean open;
        synchronized (this) {
            open = !terminated;
            if (open) {
                inFlight = done; // if the stream ends from here on, the write fails and runs it
            }
        }
        if (!open) {
            done.run();
            return false;
        }
        try {
            endPoint.write(this, frame.slice()); // the rest, from a view of its own: the caller reuses frame
        } catch (RuntimeException e) { // closed under the write, or a write still pending
            failed(e);
        }
        return false;
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
