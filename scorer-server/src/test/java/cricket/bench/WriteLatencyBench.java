package cricket.bench;

import cricket.cricsheet.CricsheetReader;
import cricket.scoring.MatchEvent;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code WriteLatencyBench PORT MATCH SCORER_PASSWORD [BALLS [WARM_UP_MATCHES]]}: posts the live match's next BALLS
 * balls (default 1,000) one at a time and, for each, polls GET /live until its ETag is the new seq: the time from
 * sending the ball to a reader being able to see it. Prints p50, p99 and max in milliseconds, with two references
 * from the same run: the POST alone, and one more GET of the now cached view (the floor of any HTTP exchange on this
 * machine).
 *
 * <p>A server on match day has been up for hours, its JIT long done. Before measuring, the bench scores the
 * WARM_UP_MATCHES (comma-separated ids of copies of the same match) the same way for {@code -Dbench.warmupSeconds}
 * (default 60), then {@code -Dbench.warmup} balls (default 20) of the measured match.
 */
public final class WriteLatencyBench {
    private WriteLatencyBench() {}

    /** The nanoTime marks of one ball: sent, POST answered, new version seen, one more GET answered. */
    private record Ball(long sent, long posted, long seen, long floorEnd, int extraGets) {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long matchId = Long.parseLong(args[1]);
        String password = args[2];
        int balls = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        List<Long> warmUpMatches = args.length > 4 && !args[4].isBlank()
                ? Arrays.stream(args[4].split(",")).map(Long::parseLong).toList()
                : List.of();
        List<MatchEvent> events = CricsheetReader.read(BenchServer.MATCHES.resolve(BenchServer.TEST_MATCH))
                .events();

        long warmUpEnd = System.nanoTime() + Long.getLong("bench.warmupSeconds", 60) * 1_000_000_000L;
        int warmUpBalls = 0;
        for (long warmUpMatch : warmUpMatches) {
            Match match = new Match(port, warmUpMatch, events, password);
            while (System.nanoTime() < warmUpEnd && match.ballsLeft() > 0) {
                match.ball();
                warmUpBalls++;
            }
        }
        if (System.nanoTime() < warmUpEnd && !warmUpMatches.isEmpty()) {
            System.err.println("write-latency: the warm-up matches ran out of balls before the warm-up time");
        }

        Match measured = new Match(port, matchId, events, password);
        int warmup = Integer.getInteger("bench.warmup", 20);
        if (warmup + balls > measured.ballsLeft()) {
            throw new IllegalStateException("the match has only " + measured.ballsLeft() + " balls left");
        }
        for (int i = 0; i < warmup; i++) {
            measured.ball();
        }
        long[] visible = new long[balls];
        long[] posted = new long[balls];
        long[] floor = new long[balls];
        int polls = 0;
        for (int i = 0; i < balls; i++) {
            Ball ball = measured.ball();
            visible[i] = ball.seen() - ball.sent();
            posted[i] = ball.posted() - ball.sent();
            floor[i] = ball.floorEnd() - ball.seen();
            polls += ball.extraGets();
        }
        Arrays.sort(visible);
        Arrays.sort(posted);
        Arrays.sort(floor);
        System.out.printf(
                "balls                      %d (after %d warm-up balls: %d on %d other matches, %d on this one)%n",
                balls, warmUpBalls + warmup, warmUpBalls, warmUpMatches.size(), warmup);
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

    /** One live match being scored: posts its next ball and polls its /live until the ball shows. */
    private static final class Match {
        private final BenchServer.Scorer scorer;
        private final Request live;
        private int seq;

        Match(int port, long matchId, List<MatchEvent> events, String password) throws IOException {
            this.scorer = new BenchServer.Scorer(port, matchId, events);
            scorer.login("scorer", password);
            this.live = new Request.Builder()
                    .url("http://127.0.0.1:" + port + "/api/v1/matches/" + matchId + "/live")
                    .build();
            this.seq = Integer.parseInt(etag(live).replace("\"", ""));
        }

        int ballsLeft() {
            return scorer.events() - seq;
        }

        Ball ball() throws IOException {
            seq++;
            String body = scorer.body(seq); // the client's own JSON work is not the server's latency
            long sent = System.nanoTime();
            int status = scorer.post(body);
            long posted = System.nanoTime();
            if (status != 201) {
                throw new IllegalStateException("ball " + seq + " answered " + status);
            }
            String want = "\"" + seq + "\"";
            int extraGets = 0;
            while (!want.equals(etag(live))) {
                extraGets++;
            }
            long seen = System.nanoTime();
            etag(live); // one more GET, a plain cache hit: the floor of any exchange on this machine
            return new Ball(sent, posted, seen, System.nanoTime(), extraGets);
        }
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
