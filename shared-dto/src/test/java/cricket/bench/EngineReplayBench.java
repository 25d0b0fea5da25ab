package cricket.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.BallBowled;
import cricket.scoring.MatchCharts;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replays the longest real Test match in the repository through the engine and prints events per second, beside a
 * reference measured in the same run: Jackson reading the same events from their JSON (what the server does with
 * each stored event before folding it). Also prints what one {@code apply()} costs at the end of the Test against
 * the first balls, since the server applies one event per ball to the newest state. Run by bench/engine-replay/run;
 * not a test.
 */
public final class EngineReplayBench {
    private static final String FILE = "1448352.json";
    private static final int WINDOW = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<MatchEvent>> EVENTS = new TypeReference<>() {};

    private EngineReplayBench() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = Math.max(20, rounds / 4);
        List<MatchEvent> events = read();
        byte[] eventsJson = JSON.writerFor(EVENTS).writeValueAsBytes(events);
        long balls = events.stream().filter(e -> e instanceof BallBowled).count();
        System.out.printf(
                Locale.ROOT,
                "engine-replay: %s (Test), %d events of which %d balls; %d rounds after %d warm-up rounds%n",
                FILE,
                events.size(),
                balls,
                rounds,
                warmUp);

        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += replay(events) + parse(eventsJson) + perBall(events, new long[6]);
        }
        long replayNanos = 0;
        long parseNanos = 0;
        long[] windows = new long[6];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            sink += replay(events);
            long t1 = System.nanoTime();
            sink += parse(eventsJson);
            long t2 = System.nanoTime();
            replayNanos += t1 - t0;
            parseNanos += t2 - t1;
            sink += perBall(events, windows);
        }
        report(events.size(), rounds, replayNanos, parseNanos, windows);
        if (sink == 42) {
            System.out.println(); // keeps the work observable to the JIT
        }
    }

    private static List<MatchEvent> read() throws IOException {
        try (InputStream in = EngineReplayBench.class.getResourceAsStream("/cricsheet/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("test resource /cricsheet/" + FILE + " is missing: run test-compile");
            }
            CricsheetMatch match = CricsheetReader.read(in, FILE);
            return match.events();
        }
    }

    private static long replay(List<MatchEvent> events) {
        return MatchState.replay(events).seq();
    }

    private static long parse(byte[] eventsJson) throws IOException {
        return JSON.readValue(eventsJson, EVENTS).size();
    }

    /**
     * Applies every event to the newest state, timing each ball's apply() (and apply() plus the two views the
     * server renders after it, and then the charts too) in the first and the last {@link #WINDOW} balls of the match.
     *
     * @param windows nanos added: [0] apply, first balls; [1] apply, last balls; [2] and [3] the same with the
     *     scorecard and live score; [4] and [5] with the charts as well
     */
    private static long perBall(List<MatchEvent> events, long[] windows) {
        List<Integer> ballIndexes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof BallBowled) {
                ballIndexes.add(i);
            }
        }
        int firstEnd = ballIndexes.get(WINDOW - 1);
        int lastStart = ballIndexes.get(ballIndexes.size() - WINDOW);
        MatchState state = MatchState.initial();
        long sink = 0;
        for (int i = 0; i < events.size(); i++) {
            MatchEvent event = events.get(i);
            boolean timed = event instanceof BallBowled && (i <= firstEnd || i >= lastStart);
            long t0 = System.nanoTime();
            state = state.apply(event);
            long t1 = System.nanoTime();
            if (timed) {
                sink += state.scorecard().innings().size() + state.liveScore().runs();
                long t2 = System.nanoTime();
                sink += MatchCharts.of(state).innings().size();
                long t3 = System.nanoTime();
                int slot = i <= firstEnd ? 0 : 1;
                windows[slot] += t1 - t0;
                windows[slot + 2] += t2 - t0;
                windows[slot + 4] += t3 - t0;
            }
        }
        return sink + state.seq();
    }

    private static void report(int events, int rounds, long replayNanos, long parseNanos, long[] windows) {
        double replayMs = replayNanos / 1e6 / rounds;
        double parseMs = parseNanos / 1e6 / rounds;
        double perRound = (double) rounds * WINDOW;
        System.out.printf(
                Locale.ROOT,
                "  replay, MatchState.replay of every event    %8.2f ms/match  %,12.0f events/s%n",
                replayMs,
                events / (replayMs / 1000));
        System.out.printf(
                Locale.ROOT,
                "  reference, Jackson reading the same events   %8.2f ms/match  %,12.0f events/s%n",
                parseMs,
                events / (parseMs / 1000));
        System.out.printf(Locale.ROOT, "  ratio replay time / Jackson time             %8.2f%n", replayMs / parseMs);
        System.out.printf(
                Locale.ROOT,
                "  apply() per ball: first %d balls %,8.0f ns, last %d balls %,8.0f ns, ratio last/first %5.2f%n",
                WINDOW,
                windows[0] / perRound,
                WINDOW,
                windows[1] / perRound,
                (double) windows[1] / windows[0]);
        System.out.printf(
                Locale.ROOT,
                "  apply() + scorecard() + liveScore(): first %,8.0f ns, last %,8.0f ns, ratio last/first %5.2f%n",
                windows[2] / perRound,
                windows[3] / perRound,
                (double) windows[3] / windows[2]);
        System.out.printf(
                Locale.ROOT,
                "  ... + MatchCharts.of():                first %,8.0f ns, last %,8.0f ns, ratio last/first %5.2f%n",
                windows[4] / perRound,
                windows[5] / perRound,
                (double) windows[5] / windows[4]);
    }
}
