package cricket.server.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Hands a HEAD to Javalin as a GET: Javalin's GET route answers and Jetty sends its status and headers without the
 * body (it knows the request was a HEAD), so a HEAD of any public GET answers what the GET would, ETag and 304
 * included, with no HEAD route to keep apart. The last handler before Javalin's, with or without the cache's fast
 * paths in front of it.
 */
public final class HeadAsGet extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if ("HEAD".equals(request.getMethod())) {
            return super.handle(new AsGet(request), response, callback);
        }
        return super.handle(request, response, callback);
    }

    /** A HEAD request as Javalin's routes see it: a GET. */
    private static final class AsGet extends Request.Wrapper {
        AsGet(Request request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
