package cricket.server.cli;

import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.demo.DemoData;
import java.util.Map;

/** {@code ./cricket populatedb}: the demo tournament and its two logins into DATABASE_URL. */
public final class PopulateDbCommand {
    private PopulateDbCommand() {}

    public static int run(Map<String, String> env) {
        try (CommandDatabase db = new CommandDatabase(env)) {
            DemoData.Loaded loaded = DemoData.load(
                    App.create(ServerConfig.local(), db.pool, null).services());
            if (loaded.logins().isEmpty()) {
                System.out.println("cricket: the database already holds matches or an admin; nothing loaded");
                return 0;
            }
            System.out.println("cricket: demo loaded, matches " + loaded.matchIds());
            loaded.logins().forEach((user, pw) -> System.out.println("  " + user + " / " + pw));
            return 0;
        }
    }
}
