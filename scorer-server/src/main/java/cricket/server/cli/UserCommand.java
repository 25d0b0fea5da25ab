package cricket.server.cli;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.account.AccountService;
import java.util.Map;

/**
 * {@code ./cricket user add NAME --role admin|scorer [--password P]}: creates a user in DATABASE_URL. Without
 * {@code --password} (or CRICKET_PASSWORD) a random password is made and printed once.
 */
public final class UserCommand {
    private UserCommand() {}

    public static int run(String[] args, Map<String, String> env) {
        if (args.length < 2 || !args[0].equals("add")) {
            System.err.println("usage: ./cricket user add NAME --role admin|scorer [--password P]");
            return 2;
        }
        String name = args[1];
        Role role = Role.parse(option(args, "--role", "scorer"));
        String password = option(args, "--password", env.get("CRICKET_PASSWORD"));
        try (CommandDatabase db = new CommandDatabase(env)) {
            AccountService accounts = db.accounts();
            String actual = password == null ? accounts.randomPassword() : password;
            User user = accounts.createUser(name, actual, role);
            System.out.println("cricket: created " + role.wire() + " \"" + user.username() + "\" (id " + user.id() + ")"
                    + (password == null ? " with password: " + actual : ""));
            return 0;
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
