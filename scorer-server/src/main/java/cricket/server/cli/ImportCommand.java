package cricket.server.cli;

import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.cache.RedisLink;
import cricket.server.cricsheet.CricsheetImportService;
import io.lettuce.core.RedisClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code ./cricket import FILE...}: each Cricsheet file becomes a fixture with every event, one progress line each. */
public final class ImportCommand {
    private ImportCommand() {}

    public static int run(String[] files, Map<String, String> env) {
        return run(files, env, System.out, System.err);
    }

    public static int run(String[] files, Map<String, String> env, PrintStream out, PrintStream err) {
        if (files.length == 0) {
            err.println("usage: ./cricket import FILE.json...");
            return 2;
        }
        String redisUrl = env.get("REDIS_URL");
        if (redisUrl != null && !redisUrl.isBlank()) {
            try {
                ServerConfig.checkRedisUrl(redisUrl);
            } catch (IllegalArgumentException e) {
                err.println("cricket import: " + e.getMessage());
                return 2;
            }
        }
        int failed = 0;
        // With REDIS_URL the imported matches' views and the live list go to the servers' cache as a scorer's
        // write does; without it the servers see them on their next miss or write.
        RedisClient redis = redisUrl == null || redisUrl.isBlank() ? null : RedisLink.client(redisUrl);
        try (CommandDatabase db = new CommandDatabase(env);
                App app = App.create(ServerConfig.local(), db.pool, redis)) {
            CricsheetImportService imports = app.services().cricsheetImport();
            for (int i = 0; i < files.length; i++) {
                String prefix = "[" + (i + 1) + "/" + files.length + "] " + files[i] + ": ";
                try {
                    CricsheetMatch match = CricsheetReader.read(Path.of(files[i]));
                    var done = imports.importMatch(match, Integer.MAX_VALUE, null);
                    out.println(prefix
                            + done.title()
                            + (done.alreadyThere()
                                    ? " already imported as match " + done.matchId()
                                    : ", " + done.events() + " events, match " + done.matchId()));
                } catch (RuntimeException e) {
                    failed++;
                    out.println(prefix + "FAILED: " + e.getMessage());
                }
            }
        } finally {
            if (redis != null) {
                redis.shutdown();
            }
        }
        out.println("cricket: imported " + (files.length - failed) + " of " + files.length + " files");
        return failed == 0 ? 0 : 1;
    }
}
