package cricket.server.demo;

import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.embedded.EmbeddedServices;
import cricket.server.embedded.LocalStores;
import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./cricket demo [--port N] [--data DIR]}: embedded PostgreSQL and Redis with data under DIR (default
 * {@code demo-data}, kept across restarts), the demo tournament on first start, and the server.
 */
public final class DemoCommand {
    private DemoCommand() {}

    public static int run(String[] args) {
        int port = Integer.parseInt(option(args, "--port", "8080"));
        Path data = Path.of(option(args, "--data", "demo-data")).toAbsolutePath();
        System.out.println("cricket demo: starting embedded PostgreSQL and Redis, data in " + data);
        Running demo = start(data, port);
        printWelcome(demo.app().port(), demo.loaded(), demo.app().config().metricsToken());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            demo.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** A started demo: its embedded services, the server, and the logins made if this was the first start. */
    record Running(LocalStores stores, App app, DemoData.Loaded loaded) implements AutoCloseable {
        @Override
        public void close() {
            app.close();
            stores.close();
        }
    }

    /**
     * Starts the services on {@code data}, loads the demo on the first start and serves on {@code port} (0: any free
     * one). A first start that was stopped while loading left a database without logins: it is wiped and loaded
     * again, since the demo made everything in it.
     */
    static Running start(Path data, int port) {
        for (int attempt = 1; ; attempt++) {
            LocalStores stores = LocalStores.start(data, true, 10);
            App app = null;
            try {
                // A fresh metrics token each start, printed with the welcome: /metrics is closed without one.
                String metricsToken = java.util.UUID.randomUUID().toString();
                app = App.create(
                        ServerConfig.local().withPort(port).withMetricsToken(metricsToken),
                        stores.pool(),
                        stores.redis());
                // The port first: a first start that could not serve must not make logins it never printed.
                app.start();
                DemoData.Loaded loaded = DemoData.load(app.services());
                return new Running(stores, app, loaded);
            } catch (RuntimeException e) {
                if (app != null) {
                    app.close();
                }
                stores.close();
                if (e instanceof JavalinBindException) {
                    throw new IllegalArgumentException(
                            "port " + port + " is in use; start the demo on another one with --port N", e);
                }
                if (!(e instanceof DemoData.InterruptedLoadException) || attempt > 1) {
                    throw e;
                }
                System.out.println("cricket demo: the first start in " + data
                        + " was stopped before it finished loading; loading the demo afresh");
                EmbeddedServices.deleteData(data);
            }
        }
    }

    private static void printWelcome(int port, DemoData.Loaded loaded, String metricsToken) {
        String base = "http://localhost:" + port;
        StringBuilder out = new StringBuilder("\nCricket Tracker demo is serving on " + base + "\n");
        out.append("  live matches   ").append(base).append("/api/v1/matches?status=live\n");
        out.append("  all matches    ").append(base).append("/api/v1/matches\n");
        out.append("  API            ").append(base).append("/openapi.json\n");
        out.append("  health         ")
                .append(base)
                .append("/health   metrics ")
                .append(base)
                .append("/metrics (Authorization: Bearer ")
                .append(metricsToken)
                .append(")\n");
        if (loaded.logins().isEmpty()) {
            out.append("  logins: admin and scorer, with the passwords printed at the first start\n");
        } else {
            out.append("  logins (shown only now):\n");
            loaded.logins()
                    .forEach((user, pw) -> out.append("    ")
                            .append(user)
                            .append(" / ")
                            .append(pw)
                            .append('\n'));
            // The console offers the demo's default address; any other port has to be named.
            out.append("  scorer console: ./cricket scorer")
                    .append(port == 8080 ? "" : " --server " + base)
                    .append('\n');
        }
        out.append("Stop with Ctrl-C; the data stays for the next start.\n");
        System.out.println(out);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
