package cricket.bench;

import cricket.cricsheet.CricsheetReader;
import java.io.IOException;
import java.util.Arrays;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code WriteLatencyBench PORT MATCH SCORER_PASSWORD [BALLS]}: posts the live match's next BALLS balls (default
 * 1,000) one at a time and, for each, polls GET /live until its ETag is the new seq: the time from sending the ball
 * to a reader being able to see it. Prints p50, p99 and max in milliseconds, with two references from the same run:
 * the POST alone, and one more GET of the now cached view (the floor of any HTTP exchange on this machine).
 */
public final class WriteLatencyBench {
    private WriteLatencyBench() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long matchId = Long.parseLong(args[1]);
        int balls = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        BenchServer.Scorer scorer = new BenchServer.Scorer(
                port,
                matchId,
                CricsheetReader.read(BenchServer.MATCHES.resolve(BenchServer.TEST_MATCH))
                        .events());
        scorer.login("scorer", args[2]);
        Request live = new Request.Builder()
                .url("http://127.0.0.1:" + port + "/api/v1/matches/" + matchId + "/live")
                .build();
        int seq = Integer.parseInt(etag(live).replace("\"", ""));
        // A server runs for hours: measure it once the JIT has compiled the write path, as it will have on match day.
        int warmup = Integer.getInteger("bench.warmup", 800);
        if (seq + warmup + balls > scorer.events()) {
            throw new IllegalStateException("the match has only " + (scorer.events() - seq) + " balls left");
        }
        long[] visible = new long[balls];
        long[] posted = new long[balls];
        long[] floor = new long[balls];
        int polls = 0;
        for (int i = -warmup; i < balls; i++) {
            seq++;
            String ball = scorer.body(seq); // the client's own JSON work is not the server's latency
            long start = System.nanoTime();
            int status = scorer.post(ball);
            long afterPost = System.nanoTime();
            if (status != 201) {
                throw new IllegalStateException("ball " + seq + " answered " + status);
            }
            String want = "\"" + seq + "\"";
            while (!want.equals(etag(live))) {
                polls++;
            }
            long seen = System.nanoTime();
            etag(live); // one more GET, a plain cache hit: the floor of any exchange on this machine
            long floorEnd = System.nanoTime();
            if (i >= 0) {
                visible[i] = seen - start;
                posted[i] = afterPost - start;
                floor[i] = floorEnd - seen;
            }
        }
        Arrays.sort(visible);
        Arrays.sort(posted);
        Arrays.sort(floor);
        System.out.printf("balls                      %d (after %d warm-up balls)%n", balls, warmup);
        System.out.printf(
                "ball to readable   p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                ms(visible, 50), ms(visible, 99), visible[balls - 1] / 1e6);
        System.out.printf(
                "POST alone (ref)   p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                ms(posted, 50), ms(posted, 99), posted[balls - 1] / 1e6);
        System.out.printf(
                "GET hit alone (ref) p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                ms(floor, 50), ms(floor, 99), floor[balls - 1] / 1e6);
        System.out.printf("extra GETs before the new version showed: %d%n", polls);
        System.out.printf("write-latency p99: %.2f ms (goal: under 10 ms)%n", ms(visible, 99));
    }

    private static String etag(Request live) throws IOException {
        try (Response r = BenchServer.HTTP.newCall(live).execute()) {
            r.body().bytes();
            String etag = r.header("ETag");
            return etag == null ? "" : etag;
        }
    }

    private static double ms(long[] sorted, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
