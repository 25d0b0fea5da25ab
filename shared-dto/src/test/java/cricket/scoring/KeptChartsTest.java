package cricket.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.cricsheet.CricsheetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts the fold keeps as balls come equal the charts built from scratch ({@link ChartsFromScratch}) after
 * every event of each real match, and after undos and corrections made along the way.
 */
class KeptChartsTest {
    private static final int BRANCHES_PER_MATCH = 40;

    private static List<MatchEvent> events(String file) {
        try (InputStream in = KeptChartsTest.class.getResourceAsStream("/cricsheet/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource /cricsheet/" + file + " is missing");
            }
            return CricsheetReader.read(in, file).events();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertKeptEqualsFromScratch(MatchState state, String what) {
        assertThat(state.charts()).as(what).isEqualTo(ChartsFromScratch.of(state.scorecard(), state.balls()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1082591.json",
                "1187680.json",
                "1262757.json",
                "1031659.json",
                "1082628.json",
                "1448352.json",
                "1521264.json"
            })
    void keptChartsEqualChartsFromScratchAfterEveryEventUndoAndCorrection(String file) {
        walk(file, events(file));
    }

    /** The Test at Lord's (1031659) with stumps drawn every 360 balls: the day marks are kept as from scratch. */
    @org.junit.jupiter.api.Test
    void keptDayMarksOfARealTestEqualThoseFromScratch() {
        List<MatchEvent> events = withStumpsEvery(360, events("1031659.json"));
        walk("1031659.json with stumps", events);

        MatchState state = MatchState.replay(events);
        assertThat(state.scorecard().closeOfPlay()).hasSizeGreaterThan(1);
        assertThat(state.charts().innings().stream()
                        .mapToInt(in -> in.dayEnds().size())
                        .sum())
                .isEqualTo(state.scorecard().closeOfPlay().size());
    }

    /** The events with a {@link DayEnded} after every {@code balls} balls, while the match is still going. */
    static List<MatchEvent> withStumpsEvery(int balls, List<MatchEvent> events) {
        List<MatchEvent> out = new java.util.ArrayList<>();
        MatchState state = MatchState.initial();
        int bowled = 0;
        int day = 0;
        for (MatchEvent event : events) {
            out.add(event);
            state = state.apply(event);
            if (event instanceof BallBowled && ++bowled % balls == 0 && state.accepts(DayEnded.class)) {
                DayEnded stumps = new DayEnded(++day);
                out.add(stumps);
                state = state.apply(stumps);
            }
        }
        return out;
    }

    private static void walk(String file, List<MatchEvent> events) {
        int every = Math.max(1, events.size() / BRANCHES_PER_MATCH);
        MatchState state = MatchState.initial();
        int undone = 0;
        int corrected = 0;
        for (int i = 0; i < events.size(); i++) {
            MatchEvent event = events.get(i);
            state = state.apply(event);
            assertKeptEqualsFromScratch(state, file + " after event " + state.seq());
            if (i % every != every - 1 || state.balls().isEmpty()) {
                continue;
            }
            MatchState undo = state.apply(new Undo());
            assertKeptEqualsFromScratch(undo, file + " after an undo at event " + state.seq());
            MatchState again = undo.apply(event);
            assertKeptEqualsFromScratch(again, file + " after event " + state.seq() + " undone and made again");
            undone++;
            List<RecordedBall> balls = state.balls();
            RecordedBall ball = balls.get(balls.size() / 2);
            MatchState edited = replaceRuns(state, ball);
            if (edited != null) {
                assertKeptEqualsFromScratch(
                        edited, file + " after ball " + ball.seq() + " corrected at " + state.seq());
                assertThat(edited.charts()).isNotEqualTo(state.charts());
                corrected++;
            }
        }
        assertThat(undone).as("undos made in " + file).isGreaterThan(BRANCHES_PER_MATCH / 2);
        assertThat(corrected).as("corrections made in " + file).isGreaterThan(0);
    }

    /** The state with one more (or one fewer) run off the bat on {@code ball}, or null when the engine refuses it. */
    private static MatchState replaceRuns(MatchState state, RecordedBall ball) {
        Delivery d = ball.delivery();
        int runs = d.batterRuns() < Delivery.MAX_BATTER_RUNS ? d.batterRuns() + 1 : d.batterRuns() - 1;
        Delivery changed = new Delivery(
                d.bowler(),
                d.batter(),
                d.nonStriker(),
                runs,
                d.nonBoundary(),
                d.extras(),
                d.dismissals(),
                d.crossed(),
                d.commentary());
        try {
            return state.apply(new ReplaceBall(ball.seq(), changed));
        } catch (ScoringException refused) {
            return null; // more runs would have ended a chase before the file's later balls
        }
    }
}
