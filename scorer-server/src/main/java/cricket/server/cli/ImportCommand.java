package cricket.server.cli;

import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.cache.CacheSettings;
import cricket.server.cache.RedisLink;
import cricket.server.cricsheet.CricsheetImportService;
import io.lettuce.core.RedisClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ./cricket import FILE_OR_DIR...}: each Cricsheet file (a folder stands for its .json files) becomes a
 * fixture with every event, in the tournament the file names, all in this one process: a progress bar on a terminal
 * (a line per file otherwise) and a summary. Exit status 0, 1 if a file was refused, 2 for a bad argument.
 */
public final class ImportCommand {
    /** How long the views of the imported matches may take to reach Redis before the command gives up on them. */
    static final Duration STORE_PATIENCE = Duration.ofSeconds(30);

    private ImportCommand() {}

    public static int run(String[] files, Map<String, String> env) {
        return run(files, env, System.out, System.err);
    }

    public static int run(String[] files, Map<String, String> env, PrintStream out, PrintStream err) {
        if (files.length == 0) {
            err.println("usage: ./cricket import FILE_OR_DIR... (a folder: every .json file in it)");
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
        List<Path> paths = MatchFiles.expand(Arrays.stream(files).map(Path::of).toList());
        ImportProgress progress = new ImportProgress(out, out == System.out && System.console() != null, paths.size());
        // With REDIS_URL the imported matches' views and the live list go to the servers' cache as a scorer's
        // write does, once per match when its log has committed; without it the servers see them on their next miss.
        RedisClient redis = redisUrl == null || redisUrl.isBlank() ? null : RedisLink.client(redisUrl);
        try (CommandDatabase db = new CommandDatabase(env);
                App app = App.create(ServerConfig.local(), db.pool, redis, CacheSettings.forCommand())) {
            CricsheetImportService imports = app.services().cricsheetImport();
            for (Path file : paths) {
                importOne(imports, file, progress);
            }
            if (!app.awaitCacheStored(STORE_PATIENCE)) {
                err.println("cricket import: some views did not reach Redis (REDIS_URL) within "
                        + STORE_PATIENCE.toSeconds() + " s; the servers rebuild them when they are next read");
            }
        } finally {
            if (redis != null) {
                redis.shutdown();
            }
        }
        progress.summary();
        return progress.anyRefused() ? 1 : 0;
    }

    private static void importOne(CricsheetImportService imports, Path file, ImportProgress progress) {
        String shown = file.toString();
        try {
            CricsheetMatch match = CricsheetReader.read(file);
            var done = imports.importMatch(match, Integer.MAX_VALUE, null);
            if (done.alreadyThere()) {
                progress.alreadyThere(shown, done.title() + " already imported as match " + done.matchId());
            } else {
                progress.imported(
                        shown, done.title() + ", " + done.events() + " events, match " + done.matchId(), done.events());
            }
        } catch (RuntimeException e) {
            progress.refused(shown, e.getMessage());
        }
    }
}
