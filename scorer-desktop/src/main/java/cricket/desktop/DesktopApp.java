package cricket.desktop;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Starts the console. The main class is not itself the JavaFX {@link Application}, so the console runs from the class
 * path without JavaFX on the module path.
 */
public final class DesktopApp {
    private DesktopApp() {}

    static final String USAGE = "usage: cricket scorer [--server URL] [--user NAME] [--data DIR]\n"
            + "  --server URL  the Cricket Tracker server (default " + DesktopConfig.DEFAULT_SERVER
            + ", where ./cricket demo serves)\n"
            + "  --user NAME   the user name offered at sign-in (default " + DesktopConfig.DEFAULT_USER + ")\n"
            + "  --data DIR    the folder for the outbox journal (default ~/.cricket-scorer)\n"
            + "Environment: CRICKET_SERVER, CRICKET_USER, CRICKET_SCORER_DATA.";

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            DesktopConfig.from(args, System.getenv()); // fail before JavaFX starts, with a plain message
        } catch (IllegalArgumentException e) {
            System.err.println("cricket scorer: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Application.launch(FxApplication.class, args);
    }

    /** The JavaFX entry point, created by JavaFX; it reads the same arguments again. */
    public static final class FxApplication extends Application {
        private ScorerConsole console;

        @Override
        public void start(Stage stage) {
            DesktopConfig config = DesktopConfig.from(getParameters().getRaw().toArray(String[]::new), System.getenv());
            console = new ScorerConsole(config);
            console.start(stage);
        }

        @Override
        public void stop() {
            console.close();
        }
    }
}
