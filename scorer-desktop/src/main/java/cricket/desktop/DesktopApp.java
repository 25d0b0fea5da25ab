package cricket.desktop;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Starts the console. The main class is not itself the JavaFX {@link Application}, so the console runs from the class
 * path without JavaFX on the module path.
 */
public final class DesktopApp {
    private DesktopApp() {}

    public static void main(String[] args) {
        try {
            DesktopConfig.from(args, System.getenv()); // fail before JavaFX starts, with a plain message
        } catch (IllegalArgumentException e) {
            System.err.println("cricket scorer: " + e.getMessage());
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
