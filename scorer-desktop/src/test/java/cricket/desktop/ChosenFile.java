package cricket.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The scorer's answer to the save dialog, for a headless test: the system's dialog is the desktop's own window, which
 * TestFX cannot drive. Answers with the file set in {@link #answer} (none: the scorer cancelled) and keeps what each
 * question asked, so a test can check the title, the offered name and the filter.
 */
final class ChosenFile implements SaveDialog {
    record Asked(String title, String initialName, List<String> extensions) {}

    private final List<Asked> asked = new ArrayList<>();
    private Path answer;

    /** The next questions are answered with {@code file}, or cancelled when it is null. */
    synchronized void answer(Path file) {
        this.answer = file;
    }

    synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Optional<Path> choose(
            Stage owner, String title, String initialName, FileChooser.ExtensionFilter filter) {
        asked.add(new Asked(title, initialName, filter.getExtensions()));
        return Optional.ofNullable(answer);
    }
}
