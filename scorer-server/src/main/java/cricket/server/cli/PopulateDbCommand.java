package cricket.server.cli;

import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.demo.DemoData;
import java.io.PrintStream;
import java.util.Map;

/** {@code ./cricket populatedb}: the demo tournament and its two logins into DATABASE_URL. */
public final class PopulateDbCommand {
    private PopulateDbCommand() {}

    public static int run(Map<String, String> env) {
        return run(env, System.out);
    }

    static int run(Map<String, String> env, PrintStream out) {
        try (CommandDatabase db = new CommandDatabase(env)) {
            DemoData.Loaded loaded;
            try {
                loaded = DemoData.load(
                        App.create(ServerConfig.local(), db.pool, null).services());
            } catch (DemoData.InterruptedLoadException e) {
                // Matches imported by hand, or a load stopped part-way: this command never deletes data.
                out.println("cricket: the database already holds matches but no admin; nothing loaded."
                        + " Create the first admin with ./cricket user add NAME --role admin");
                return 0;
            }
            if (loaded.logins().isEmpty()) {
                out.println("cricket: the database already holds matches or an admin; nothing loaded");
                return 0;
            }
            out.println("cricket: demo loaded, matches " + loaded.matchIds());
            loaded.logins().forEach((user, pw) -> out.println("  " + user + " / " + pw));
            return 0;
        }
    }
}
