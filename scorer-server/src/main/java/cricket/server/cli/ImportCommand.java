package cricket.server.cli;

import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.cricsheet.CricsheetImportService;
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
        int failed = 0;
        try (CommandDatabase db = new CommandDatabase(env)) {
            CricsheetImportService imports =
                    App.create(ServerConfig.local(), db.pool, null).services().cricsheetImport();
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
        }
        out.println("cricket: imported " + (files.length - failed) + " of " + files.length + " files");
        return failed == 0 ? 0 : 1;
    }
}
