package cricket.server;

import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real Cricsheet matches kept in shared-dto's test resources. */
public final class DevMatches {
    public static final Path DIR = Path.of("..", "shared-dto", "src", "test", "resources", "cricsheet");

    private DevMatches() {}

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DIR, e);
        }
    }

    public static CricsheetMatch read(String name) {
        return CricsheetReader.read(DIR.resolve(name));
    }
}
