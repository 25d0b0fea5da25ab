package cricket.server;

import cricket.server.cli.ImportCommand;
import cricket.server.cli.MigrateCommand;
import cricket.server.cli.PopulateDbCommand;
import cricket.server.cli.ScorecardCommand;
import cricket.server.cli.ServeCommand;
import cricket.server.cli.UserCommand;
import cricket.server.demo.DemoCommand;
import cricket.server.domain.DomainException;
import java.util.Arrays;

/** The command line: {@code ./cricket <command> [args]}. Each command lives in its own class. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int status;
        try {
            status = run(command, rest);
        } catch (IllegalArgumentException | DomainException e) {
            // A bad argument or environment variable: the message names it; no stack trace for a person to read.
            System.err.println("cricket: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    private static int run(String command, String[] rest) {
        return switch (command) {
            case "help", "--help", "-h" -> help();
            case "demo" -> DemoCommand.run(rest);
            case "serve" -> ServeCommand.run(System.getenv());
            case "migrate" -> MigrateCommand.run(System.getenv());
            case "populatedb" -> PopulateDbCommand.run(System.getenv());
            case "user" -> UserCommand.run(rest, System.getenv());
            case "import" -> ImportCommand.run(rest, System.getenv());
            case "scorecard" -> ScorecardCommand.run(rest, System.out, System.err);
            default -> {
                System.err.println("cricket: unknown command \"" + command + "\"; try ./cricket help");
                yield 2;
            }
        };
    }

    private static int help() {
        System.out.println("""
                Cricket Tracker

                  ./cricket scorecard FILE_OR_DIR... [--format json|text|jsonl]   scorecards of Cricsheet match files
                                                                        (jsonl: one line per file, card or error)
                  ./cricket demo [--port N] [--data DIR]                demo server on embedded PostgreSQL and Redis
                  ./cricket serve                                       server on DATABASE_URL and REDIS_URL
                  ./cricket migrate                                     apply database migrations to DATABASE_URL
                  ./cricket populatedb                                  load the demo tournament into DATABASE_URL
                  ./cricket user add NAME --role admin|scorer [--password P]   create a user in DATABASE_URL
                  ./cricket import FILE_OR_DIR...                       import Cricsheet matches into DATABASE_URL
                                                                        (REDIS_URL set: their views into the cache)
                  ./cricket scorer                                      the scoring console (desktop)
                  ./cricket help                                        this list
                """);
        return 0;
    }
}
