package cricket.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.server.cli.ScorecardCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./cricket scorecard FOLDER --format jsonl} over a folder of copies of the repository's real Cricsheet
 * files, against Jackson only parsing the same files (one thread) in the same run: how far scoring a whole archive is
 * from reading it. Usage: {@code ScorecardArchiveBench [COPIES]} (default 100 copies of each real file).
 */
public final class ScorecardArchiveBench {
    private static final Path REAL = Path.of("shared-dto", "src", "test", "resources", "cricsheet");
    private static final int ARCHIVE_FILES = 12_700;

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path folder = Files.createTempDirectory("archive-bench");
        try {
            List<Path> files = copies(folder, copies);
            for (int round = 1; round <= 3; round++) {
                long parse = timeParse(files);
                long[] lines = {0};
                long score = timeJsonl(folder, lines);
                System.out.printf(
                        "round %d: %d files; parse only %.0f files/s; jsonl %.0f files/s (%d lines); jsonl/parse time"
                                + " %.2f; %,d files would take %.1f s%n",
                        round,
                        files.size(),
                        files.size() / (parse / 1e9),
                        files.size() / (score / 1e9),
                        lines[0],
                        (double) score / parse,
                        ARCHIVE_FILES,
                        ARCHIVE_FILES * (score / 1e9) / files.size());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Path> copies(Path folder, int copies) throws IOException {
        List<Path> originals;
        try (Stream<Path> listed = Files.list(REAL)) {
            originals =
                    listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Path original : originals) {
                Path copy = folder.resolve(i + "-" + original.getFileName());
                Files.copy(original, copy);
                files.add(copy);
            }
        }
        return files;
    }

    private static long timeParse(List<Path> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        for (Path file : files) {
            json.readTree(file.toFile());
        }
        return System.nanoTime() - start;
    }

    private static long timeJsonl(Path folder, long[] lines) {
        PrintStream counting = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        if (b == '\n') {
                            lines[0]++;
                        }
                    }
                },
                false,
                StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int status = ScorecardCommand.run(new String[] {folder.toString(), "--format", "jsonl"}, counting, System.err);
        long took = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException("scorecard jsonl exited " + status);
        }
        return took;
    }
}
