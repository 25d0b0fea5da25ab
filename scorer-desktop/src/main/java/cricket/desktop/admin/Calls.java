package cricket.desktop.admin;

import cricket.desktop.Background;
import cricket.desktop.client.ApiException;
import cricket.desktop.client.OfflineException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every admin screen's model shares: one line saying what happened (the server's refusal in its own words) and
 * a way to run a call off the JavaFX thread.
 */
final class Calls {
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** Runs {@code work} in the background; on success {@code done} runs on the JavaFX thread and says {@code said}. */
    <T> void run(String doing, Supplier<T> work, Consumer<T> done) {
        busy.set(true);
        say(doing + "…");
        Background.run(
                doing,
                work,
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                e -> {
                    busy.set(false);
                    refuse(doing, e);
                });
    }

    void say(String text) {
        refused.set(false);
        message.set(text);
    }

    /** A refusal the screen itself makes before asking the server (a field left empty, nothing selected). */
    void refuse(String text) {
        message.set(text);
        refused.set(true);
    }

    private void refuse(String doing, RuntimeException e) {
        refuse(words(doing, e));
    }

    /** "Delete team 4 — the server refused: team 4 is still used by a match; delete or change that first". */
    static String words(String doing, RuntimeException e) {
        if (e instanceof OfflineException) {
            return doing + " — the server cannot be reached; check the network and try again (F5).";
        }
        if (e instanceof ApiException api) {
            return doing + " — the server refused (HTTP " + api.status() + "): " + api.getMessage();
        }
        return doing + " failed: " + e.getMessage();
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty refusedProperty() {
        return refused;
    }

    BooleanProperty busyProperty() {
        return busy;
    }
}
