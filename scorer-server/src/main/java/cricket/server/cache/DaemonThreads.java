package cricket.server.cache;

import java.util.concurrent.ThreadFactory;

/** The cache's own threads: named, and daemons, so none of them keeps a stopping JVM alive. */
final class DaemonThreads {
    private DaemonThreads() {}

    static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
