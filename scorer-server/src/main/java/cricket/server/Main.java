package cricket.server;

import java.util.Arrays;

/** The command line: {@code ./cricket <command> [args]}. Each command lives in its own class. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int status = switch (command) {
            case "help", "--help", "-h" -> help();
            default -> {
                System.err.println("cricket: unknown command \"" + command + "\"; try ./cricket help");
                yield 2;
            }
        };
        System.exit(status);
    }

    private static int help() {
        System.out.println("""
                Cricket Tracker

                  ./cricket scorecard FILE.json [--format json|text]   the scorecard of a Cricsheet match file
                  ./cricket help                                        this list
                """);
        return 0;
    }
}
