package cricket.bench;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code CrossInstanceBench PORT_A PORT_B MATCH SCORER_PASSWORD FIRST_SEQ BALLS [REDIS_PORT]}: posts BALLS balls of the live match
 * (from FIRST_SEQ on) to instance A and, after each, polls GET /live on instance B until its ETag is the new seq: how
 * long a ball takes to reach a reader of another instance (A's commit, its Redis store and channel message, B's near
 * cache). Prints p50, p99 and max in milliseconds, last {@code cross-instance p99 X ms}. With REDIS_PORT it also
 * listens on the views' channel and splits the way: A's acknowledgement, then A's store in Redis and its message,
 * then B's fetch until a read on B has it; and one more GET on B after each, the floor of that read.
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
        Map<String, Long> heard = new ConcurrentHashMap<>(); // "<match>:<version>" -> when the channel carried it
        RedisClient redis = args.length > 6 ? RedisClient.create("redis://127.0.0.1:" + args[6]) : null;
        StatefulRedisPubSubConnection<String, String> channel = redis == null ? null : redis.connectPubSub();
        if (channel != null) {
            channel.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String name, String message) {
                    heard.putIfAbsent(message, System.nanoTime());
                }
            });
            channel.sync().subscribe("cricket:views");
        }
        long[] published = new long[balls]; // from the acknowledgement to the channel's message, 0 if unheard
        long[] delays = new long[balls];
        long[] floors = new long[balls]; // one more GET on B of the view it has: the floor of the last step
        long[] acks = new long[balls]; // the POST's own round trip on A, to tell A's write path from the way to B
        for (int i = 0; i < balls; i++) {
            int seq = first + i;
            String body = scorer.body(seq);
            long sent = System.nanoTime();
            int status = scorer.post(body);
            acks[i] = System.nanoTime() - sent;
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
            long again = System.nanoTime();
            try (Response r = BenchServer.HTTP.newCall(liveOnB).execute()) {
                r.body().bytes();
            }
            floors[i] = System.nanoTime() - again;
            Long message = heard.get(matchId + ":" + seq);
            published[i] = message == null ? 0 : Math.max(0, message - sent - acks[i]);
        }
        if (channel != null) {
            channel.close();
            redis.shutdown();
        }
        long[] afterAck = new long[balls];
        for (int i = 0; i < balls; i++) {
            afterAck[i] = delays[i] - acks[i];
        }
        if (channel != null) {
            long[] fetched = new long[balls];
            for (int i = 0; i < balls; i++) {
                fetched[i] = afterAck[i] - published[i];
            }
            Arrays.sort(published);
            Arrays.sort(fetched);
            System.out.printf(
                    "cross-instance: from the acknowledgement to A's message on the channel p50 %.2f ms p99 %.2f ms,"
                            + " from the message to a read on B p50 %.2f ms p99 %.2f ms%n",
                    ms(published, 50), ms(published, 99), ms(fetched, 50), ms(fetched, 99));
        }
        Arrays.sort(floors);
        System.out.printf(
                "cross-instance: one more GET on B of the view it holds (the floor of the read) p50 %.2f ms p99 %.2f"
                        + " ms%n",
                ms(floors, 50), ms(floors, 99));
        Arrays.sort(delays);
        Arrays.sort(acks);
        Arrays.sort(afterAck);
        System.out.printf(
                "cross-instance: of which A's acknowledgement p50 %.2f ms p99 %.2f ms, from it to B p50 %.2f ms p99 %.2f"
                        + " ms%n",
                ms(acks, 50), ms(acks, 99), ms(afterAck, 50), ms(afterAck, 99));
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
