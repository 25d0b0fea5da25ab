package cricket.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code FanOutReport DIR BASE_VERSION INSTANCES SERVER_RSS_MB}: SERVER_RSS_MB is what the instances' resident
 * memory grew by when the readers connected (so the figure is the cost of a reader, not of a JVM). Reads DIR/acks ({@link FanOutScorer}) and every
 * DIR/*.bin ({@link FanOutReaders}) and prints the delivery figures of bench/fan-out, last the line
 * {@code fan-out: R readers on I instances, B balls, delivered p50 X ms p99 Y ms max Z ms, missed M, server RSS N MB
 * per 1,000 readers}.
 *
 * <p>A ball's delivery to a reader is the first arrival of that version or of a newer one (only the newest
 * matters to a reader), minus the moment the scorer had the POST's acknowledgement; a reader that never had that
 * version or a newer one missed it.
 */
public final class FanOutReport {
    private FanOutReport() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int base = Integer.parseInt(args[1]);
        int instances = Integer.parseInt(args[2]);
        double serverRssMb = Double.parseDouble(args[3]);
        Map<Integer, Long> acks = new HashMap<>();
        int refusedBalls = 0;
        for (String line : Files.readAllLines(dir.resolve("acks"))) {
            String[] parts = line.split(" ");
            acks.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            if (!parts[2].equals("201") && !parts[2].equals("200")) {
                refusedBalls++;
            }
        }
        int balls = acks.size();
        long[] delays = new long[0];
        long[] ballMax = new long[balls + 1]; // per ball (1..balls): the longest delay, and how many took over 1 s
        long[] ballSlow = new long[balls + 1];
        int samples = 0;
        long missed = 0;
        long early = 0;
        int readers = 0;
        long reconnects = 0;
        long refusedStreams = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.bin")) {
            for (Path file : files) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                    int count = in.readInt();
                    int versions = in.readInt();
                    readers += count;
                    delays = Arrays.copyOf(delays, delays.length + count * balls);
                    long[] arrivals = new long[versions];
                    for (int r = 0; r < count; r++) {
                        for (int v = 0; v < versions; v++) {
                            arrivals[v] = in.readLong();
                        }
                        // Walking back from the newest version, the first arrival of this version or a newer one.
                        long firstOfNewer = 0;
                        long[] delivered = new long[versions];
                        for (int v = versions - 1; v >= 0; v--) {
                            if (arrivals[v] != 0 && (firstOfNewer == 0 || arrivals[v] < firstOfNewer)) {
                                firstOfNewer = arrivals[v];
                            }
                            delivered[v] = firstOfNewer;
                        }
                        for (int v = 1; v < versions && v <= balls; v++) {
                            Long ack = acks.get(base + v);
                            if (delivered[v] == 0) {
                                missed++;
                            } else {
                                long delay = delivered[v] - ack;
                                if (delay < 0) {
                                    early++; // pushed before the scorer's process had read its acknowledgement
                                    delay = 0;
                                }
                                delays[samples++] = delay;
                                ballMax[v] = Math.max(ballMax[v], delay);
                                if (delay > 1_000_000_000L) {
                                    ballSlow[v]++;
                                }
                            }
                        }
                    }
                    reconnects += in.readLong();
                    refusedStreams += in.readLong();
                }
            }
        }
        StringBuilder perBall = new StringBuilder("fan-out: per ball, max ms (deliveries over 1 s):");
        for (int v = 1; v <= balls; v++) {
            perBall.append(' ')
                    .append(ballMax[v] / 1_000_000)
                    .append(" (")
                    .append(ballSlow[v])
                    .append(')');
        }
        System.out.println(perBall);
        long[] sorted = Arrays.copyOf(delays, samples);
        Arrays.sort(sorted);
        System.out.printf(
                "fan-out: %d deliveries measured (%d before the scorer read its ack), %d reconnects, %d streams"
                        + " refused, %d balls not accepted%n",
                samples, early, reconnects, refusedStreams, refusedBalls);
        double perThousand = readers == 0 ? 0 : serverRssMb / (readers / 1000.0);
        System.out.printf(
                "fan-out: %,d readers on %d instances, %d balls, delivered p50 %.0f ms p99 %.0f ms max %.0f ms,"
                        + " missed %d, server RSS %.1f MB per 1,000 readers%n",
                readers,
                instances,
                balls,
                ms(sorted, 50),
                ms(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                missed,
                perThousand);
    }

    private static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
