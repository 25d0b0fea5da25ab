package cricket.desktop;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs blocking work (HTTP) off the JavaFX thread and hands the outcome back to it. */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private Background() {}

    public static <T> void run(String what, Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
        Thread thread = new Thread(
                () -> {
                    try {
                        T result = work.get();
                        Platform.runLater(() -> onDone.accept(result));
                    } catch (RuntimeException e) {
                        LOG.warn("{} failed: {}", what, e.getMessage());
                        Platform.runLater(() -> onError.accept(e));
                    }
                },
                what);
        thread.setDaemon(true);
        thread.start();
    }
}
