package cricket.server.cli;

import java.util.Map;

/** {@code ./cricket migrate}: applies the Flyway migrations to DATABASE_URL. */
public final class MigrateCommand {
    private MigrateCommand() {}

    public static int run(Map<String, String> env) {
        try (CommandDatabase db = new CommandDatabase(env)) {
            System.out.println("cricket: database migrated");
            return 0;
        }
    }
}
