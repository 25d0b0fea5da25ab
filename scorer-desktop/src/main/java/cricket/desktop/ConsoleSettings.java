package cricket.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the scorer chose and the console remembers, in {@code console.properties} in the data folder beside the
 * outbox: for now the theme. A file that cannot be read is the defaults (the outbox, not this, is what must never be
 * lost); a write goes to a temporary file renamed over the old one, so a crash leaves one or the other.
 */
public final class ConsoleSettings {
    static final String FILE = "console.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSettings.class);
    private static final String THEME = "theme";

    private final Path file;
    private final Properties values = new Properties();

    public ConsoleSettings(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            // first start: the defaults
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("settings not read, using the defaults file={} reason={}", file, e.getMessage());
        }
    }

    public Theme theme() {
        return Theme.of(values.getProperty(THEME));
    }

    public void theme(Theme theme) {
        values.setProperty(THEME, theme.key());
        save();
    }

    private void save() {
        Path next = file.resolveSibling(FILE + ".next");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(next)) {
                values.store(out, "Cricket Tracker scorer's console: the scorer's choices");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The choice still holds for this run; only the next start will not remember it.
            LOG.warn("settings not written file={} reason={}", file, e.getMessage());
        }
    }
}
