package cricket.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code FanOutScorer DIR PORT MATCH SCORER_PASSWORD BALLS EVERY_MS [AFTER]}: the scorer of bench/fan-out. Posts the
 * live match's next BALLS events (after the AFTER it has posted before, 0 by default) over HTTP, one every EVERY_MS, and writes DIR/acks: a line {@code version nanoTime status}
 * per ball, the nanoTime taken when the POST's acknowledgement arrived (the machine's monotonic clock, shared with
 * the reader processes). A ball whose POST fails (a 502 from nginx while an instance dies, a dropped connection) is
 * sent again with the same eventId, as the scoring console's outbox does, for up to {@value #RETRY_SECONDS} s;
 * DIR/retries counts the extra tries.
 */
public final class FanOutScorer {
    static final int RETRY_SECONDS = 30;

    private FanOutScorer() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long matchId = Long.parseLong(args[2]);
        int balls = Integer.parseInt(args[4]);
        long everyMs = Long.parseLong(args[5]);
        int after = args.length > 6 ? Integer.parseInt(args[6]) : 0; // balls already posted (a warm-up)
        BenchServer.Scorer scorer = BenchServer.Scorer.ofTestMatch(port, matchId, args[3]);
        StringBuilder acks = new StringBuilder();
        int retries = 0;
        long next = System.nanoTime();
        for (int i = 1; i <= balls; i++) {
            int seq = BenchServer.IMPORTED + after + i;
            String body = scorer.body(seq);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int status = -1;
            long giveUp = System.nanoTime() + RETRY_SECONDS * 1_000_000_000L;
            while (true) {
                try {
                    status = scorer.post(body);
                } catch (java.io.IOException e) {
                    status = -1;
                }
                // 201 recorded, 200 a retry recognised by its eventId; anything else but a 5xx is a real refusal.
                if ((status >= 200 && status < 500) || System.nanoTime() > giveUp) {
                    break;
                }
                retries++;
                Thread.sleep(100);
            }
            long acked = System.nanoTime();
            acks.append(seq)
                    .append(' ')
                    .append(acked)
                    .append(' ')
                    .append(status)
                    .append('\n');
            if (status != 201 && status != 200) {
                System.err.println("fan-out scorer: ball " + seq + " answered " + status);
            }
            next += everyMs * 1_000_000L;
        }
        Path tmp = dir.resolve("acks.tmp");
        Files.writeString(tmp, acks);
        Files.writeString(dir.resolve("retries"), retries + "\n");
        Files.move(tmp, dir.resolve("acks"), StandardCopyOption.ATOMIC_MOVE);
    }
}
