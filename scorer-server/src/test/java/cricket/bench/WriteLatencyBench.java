package cricket.bench;

import cricket.cricsheet.CricsheetReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * {@code WriteLatencyBench PORT MATCH SCORER_PASSWORD [BALLS]}: posts the live match's next BALLS balls (default
 * 1,000) one at a time and, for each, polls GET /live until its ETag is the new seq: the time from sending the ball
 * to a reader being able to see it. Prints p50, p99 and max in milliseconds, with the POST alone as reference.
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
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest live = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/matches/" + matchId + "/live"))
                .build();
        int seq = Integer.parseInt(http.send(live, HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("ETag")
                .orElseThrow()
                .replace("\"", ""));
        int warmup = 50;
        if (seq + warmup + balls > scorer.events()) {
            throw new IllegalStateException("the match has only " + (scorer.events() - seq) + " balls left");
        }
        long[] visible = new long[balls];
        long[] posted = new long[balls];
        int polls = 0;
        for (int i = -warmup; i < balls; i++) {
            seq++;
            long start = System.nanoTime();
            int status = scorer.post(seq);
            long afterPost = System.nanoTime();
            if (status != 201) {
                throw new IllegalStateException("ball " + seq + " answered " + status);
            }
            String want = "\"" + seq + "\"";
            while (!want.equals(http.send(live, HttpResponse.BodyHandlers.discarding())
                    .headers()
                    .firstValue("ETag")
                    .orElse(""))) {
                polls++;
            }
            if (i >= 0) {
                visible[i] = System.nanoTime() - start;
                posted[i] = afterPost - start;
            }
        }
        Arrays.sort(visible);
        Arrays.sort(posted);
        System.out.printf("balls                      %d (after %d warm-up balls)%n", balls, warmup);
        System.out.printf(
                "ball to readable   p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                ms(visible, 50), ms(visible, 99), visible[balls - 1] / 1e6);
        System.out.printf(
                "POST alone (ref)   p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                ms(posted, 50), ms(posted, 99), posted[balls - 1] / 1e6);
        System.out.printf("extra GETs before the new version showed: %d%n", polls);
        System.out.printf("write-latency p99: %.2f ms (goal: under 10 ms)%n", ms(visible, 99));
    }

    private static double ms(long[] sorted, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
