package cricket.bench;

import cricket.cricsheet.CricsheetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code FanOutScorer DIR PORT MATCH SCORER_PASSWORD BALLS EVERY_MS}: the scorer of bench/fan-out. Posts the live
 * match's next BALLS events over HTTP, one every EVERY_MS, and writes DIR/acks: a line {@code version nanoTime status}
 * per ball, the nanoTime taken when the POST's acknowledgement arrived (the machine's monotonic clock, shared with
 * the reader processes).
 */
public final class FanOutScorer {
    private FanOutScorer() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long matchId = Long.parseLong(args[2]);
        int balls = Integer.parseInt(args[4]);
        long everyMs = Long.parseLong(args[5]);
        BenchServer.Scorer scorer = new BenchServer.Scorer(
                port,
                matchId,
                CricsheetReader.read(BenchServer.MATCHES.resolve(BenchServer.TEST_MATCH))
                        .events());
        scorer.login("scorer", args[3]);
        StringBuilder acks = new StringBuilder();
        long next = System.nanoTime();
        for (int i = 1; i <= balls; i++) {
            int seq = BenchServer.IMPORTED + i;
            String body = scorer.body(seq);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int status = scorer.post(body);
            long acked = System.nanoTime();
            acks.append(seq)
                    .append(' ')
                    .append(acked)
                    .append(' ')
                    .append(status)
                    .append('\n');
            if (status != 201) {
                System.err.println("fan-out scorer: ball " + seq + " answered " + status);
            }
            next += everyMs * 1_000_000L;
        }
        Path tmp = dir.resolve("acks.tmp");
        Files.writeString(tmp, acks);
        Files.move(tmp, dir.resolve("acks"), StandardCopyOption.ATOMIC_MOVE);
    }
}
