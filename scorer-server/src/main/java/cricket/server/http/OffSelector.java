package cricket.server.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Runs the handlers behind it (Javalin's) on a thread of Jetty's pool, and says it never blocks, so that Jetty may
 * run the handlers in front of it (the cache's fast paths, which answer from memory) on the selector thread that read
 * the request: a hit is then parsed, answered and written without waking another thread, as nginx's worker does.
 * Javalin's routes, which may wait on the database or Redis, still get a pool thread each, as before.
 */
public final class OffSelector extends Handler.Wrapper {
    public OffSelector(Handler next) {
        super(next);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        request.getComponents().getExecutor().execute(() -> {
            try {
                if (!OffSelector.super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable failure) {
                callback.failed(failure);
            }
        });
        return true;
    }
}
