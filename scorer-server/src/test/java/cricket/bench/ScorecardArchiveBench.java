package cricket.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.server.cli.ScorecardCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./cricket scorecard FOLDER --format jsonl} over a folder shaped like the public Cricsheet archive, made of
 * the repository's real files, against Jackson only parsing the same files (one thread) in the same run: how far
 * scoring a whole archive is from reading it. Usage: {@code ScorecardArchiveBench [FILES] [ROUNDS]} (default 12,700
 * files, the archive's size, and 3 rounds in this one JVM).
 *
 * <p>The archive is mostly 20-over matches, then one-day matches, then a few Tests (Cricsheet's counts by match
 * type, see bench/README.md), so each block of 100 files holds 72 T20s (9 of each of the eight real ones), 21 copies
 * of the one real ODI and 7 Tests (4 of the 2017 Test, 3 of the longer 2025 one). The copies are hard links where
 * the file system allows (no disk space, one file in the page cache), else copies. Round 1 scores first, in a JVM
 * that has done nothing yet: the cold figure; the last round is the warm one.
 */
public final class ScorecardArchiveBench {
    private static final Path REAL = Path.of("shared-dto", "src", "test", "resources", "cricsheet");
    private static final int ARCHIVE_FILES = 12_700;

    /** Copies of each real file in every block of 100, by the archive's mix of formats. */
    private static final Map<String, Integer> PER_HUNDRED = mix();

    private static Map<String, Integer> mix() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (String t20 :
                List.of("1082591", "1082628", "1187680", "1208093", "1521264", "336025", "392186", "756767")) {
            mix.put(t20, 9);
        }
        mix.put("1262757", 21); // ODI
        mix.put("1031659", 4); // Test, 2017
        mix.put("1448352", 3); // Test, 2025
        return mix;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : ARCHIVE_FILES;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("archive-bench");
        try {
            List<Path> files = archive(folder, count);
            System.out.printf(
                    "%d files: %s per 100 (T20 72, ODI 21, Test 7), %.1f MB%n",
                    files.size(), PER_HUNDRED, bytes(files) / 1e6);
            for (int round = 1; round <= rounds; round++) {
                long[] lines = {0};
                long cpu = cpuNanos();
                long score = timeJsonl(folder, lines);
                long scoreCpu = cpuNanos() - cpu;
                cpu = cpuNanos();
                long parse = timeParse(files);
                long parseCpu = cpuNanos() - cpu;
                System.out.printf(
                        "round %d%s: jsonl %.0f files/s (%d lines, %.1f s CPU); parse only %.0f files/s (%.1f s CPU);"
                                + " jsonl/parse time %.2f, CPU %.2f; %,d files would take %.1f s%n",
                        round,
                        round == 1 ? " (cold)" : round == rounds ? " (warm)" : "",
                        files.size() / (score / 1e9),
                        lines[0],
                        scoreCpu / 1e9,
                        files.size() / (parse / 1e9),
                        parseCpu / 1e9,
                        (double) score / parse,
                        (double) scoreCpu / parseCpu,
                        ARCHIVE_FILES,
                        ARCHIVE_FILES * (score / 1e9) / files.size());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** {@code count} files in the archive's mix, in blocks of 100 interleaved the way a folder sorts them. */
    private static List<Path> archive(Path folder, int count) throws IOException {
        List<String> block = new ArrayList<>();
        PER_HUNDRED.forEach((id, copies) -> {
            for (int i = 0; i < copies; i++) {
                block.add(id);
            }
        });
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path original = REAL.resolve(block.get(i % block.size()) + ".json");
            Path copy = folder.resolve(String.format("%05d-%s", i, original.getFileName()));
            try {
                Files.createLink(copy, original);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(original, copy);
            }
            files.add(copy);
        }
        return files;
    }

    /**
     * The whole process's CPU time (every thread, the JIT compilers' and the collector's too): on a machine the other
     * engineers load, the figure that moves least with their load.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long bytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
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

                    @Override
                    public void write(byte[] b, int off, int len) {
                        for (int i = off; i < off + len; i++) {
                            write(b[i]);
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
