package cricket.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The Cricsheet files the command line is given: each file as named, each folder as the .json files in it. */
final class MatchFiles {
    private MatchFiles() {}

    /**
     * Files in the order given, a folder's in name order (its sub-folders too), so a run is repeatable.
     *
     * @throws IllegalArgumentException naming a path that is neither a file nor a folder
     */
    static List<Path> of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(folder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException(path + ": no such file");
            }
        }
        return files;
    }

    private static List<Path> folder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * Each folder as its .json files, anything else as given: a path that is no file is left for the reader to
     * refuse, so the rest of a batch still goes in.
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(folder(path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The name a file is reported by: its own name, as the reader names it in errors. */
    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
