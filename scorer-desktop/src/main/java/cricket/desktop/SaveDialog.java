package cricket.desktop;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Asks where to save a file. The console uses the system's save dialog ({@link #SYSTEM}); that dialog is the
 * desktop's own window, which a headless test cannot drive, so a test gives the console a stand-in that answers as
 * the scorer would, and everything after the answer runs as it does for the scorer.
 */
@FunctionalInterface
public interface SaveDialog {
    /** JavaFX's FileChooser, owned by the console's window. */
    SaveDialog SYSTEM = (owner, title, initialName, filter) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    };

    /** The file chosen, or empty when the scorer cancelled. */
    Optional<Path> choose(Stage owner, String title, String initialName, FileChooser.ExtensionFilter filter);
}
