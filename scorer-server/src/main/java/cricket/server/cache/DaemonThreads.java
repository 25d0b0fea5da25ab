package cricket.server.cache;

import java.util.concurrent.ThreadFactory;

/** The cache's own threads: named, so a thread dump says whose they are, and daemons, so none holds the JVM open. */
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
