package cricket.bench;

import java.util.Arrays;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code CrossInstanceBench PORT_A PORT_B MATCH SCORER_PASSWORD FIRST_SEQ BALLS}: posts BALLS balls of the live match
 * (from FIRST_SEQ on) to instance A and, after each, polls GET /live on instance B until its ETag is the new seq: how
 * long a ball takes to reach a reader of another instance (A's commit, its Redis store and channel message, B's near
 * cache). Prints p50, p99 and max in milliseconds, last {@code cross-instance p99 X ms}.
 */
public final class CrossInstanceBench {
    private CrossInstanceBench() {}

    public static void main(String[] args) throws Exception {
        int portA = Integer.parseInt(args[0]);
        int portB = Integer.parseInt(args[1]);
        long matchId = Long.parseLong(args[2]);
        int first = Integer.parseInt(args[4]);
        int balls = Integer.parseInt(args[5]);
        BenchServer.Scorer scorer = BenchServer.Scorer.ofTestMatch(portA, matchId, args[3]);
        Request liveOnB = new Request.Builder()
                .url("http://127.0.0.1:" + portB + "/api/v1/matches/" + matchId + "/live")
                .build();
        long[] delays = new long[balls];
        for (int i = 0; i < balls; i++) {
            int seq = first + i;
            String body = scorer.body(seq);
            long sent = System.nanoTime();
            int status = scorer.post(body);
            if (status != 201) {
                throw new IllegalStateException("ball " + seq + " answered " + status + " on instance A");
            }
            String expected = "\"" + seq + "\"";
            while (true) {
                try (Response r = BenchServer.HTTP.newCall(liveOnB).execute()) {
                    r.body().bytes();
                    if (expected.equals(r.header("ETag"))) {
                        break;
                    }
                }
            }
            delays[i] = System.nanoTime() - sent;
        }
        Arrays.sort(delays);
        System.out.printf(
                "cross-instance: %d balls posted to A, read on B: p50 %.2f ms p99 %.2f ms max %.2f ms%n",
                balls, ms(delays, 50), ms(delays, 99), delays[balls - 1] / 1e6);
        System.out.printf("cross-instance p99 %.2f ms%n", ms(delays, 99));
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
