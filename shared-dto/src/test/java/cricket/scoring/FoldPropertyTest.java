package cricket.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random event sequences, mostly what a scorer could record next and some nonsense, played through the engine. It
 * refuses only with {@link ScoringException} or {@link IllegalArgumentException} (never a NullPointerException, an
 * index out of bounds or a broken total), and whatever it accepted replays to the same match.
 *
 * <p>Each try is a list of random choices that {@link RandomEvents} reads against the state of the match at that
 * point, so the events fit the match as it goes and jqwik can still shrink a failure to a short list.
 */
class FoldPropertyTest {

    @Property(tries = 200)
    void theEngineRefusesOnlyCleanlyAndEveryAcceptedSequenceReplays(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 999_999) Integer> choices) {
        MatchState state = MatchState.initial();
        List<MatchEvent> accepted = new ArrayList<>();
        for (int choice : choices) {
            MatchEvent event;
            try {
                event = RandomEvents.next(state, choice);
            } catch (IllegalArgumentException refusedByARecord) {
                continue; // a value out of bounds: refused before it is an event
            }
            MatchState before = state;
            Scorecard card = before.scorecard();
            try {
                state = state.apply(event);
                accepted.add(event);
            } catch (ScoringException | IllegalArgumentException refused) {
                assertThat(refused.getMessage()).as("a refusal says why").isNotBlank();
                assertThat(before.scorecard()).as("a refusal changes nothing").isEqualTo(card);
                continue;
            }
            assertBalanced(state.scorecard(), accepted);
        }

        MatchState replayed = MatchState.replay(accepted);
        assertSameMatch(replayed, state);
        MatchEvent last = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
        if (last != null && !(last instanceof Undo) && !(last instanceof ReplaceBall)) {
            assertSameMatchBarSeqs(state.apply(new Undo()).apply(last), state);
        }
    }

    /**
     * Undoing the last event and recording it again gives it the next seq in the log. A close of play carries its
     * stumps event's seq (it names that commentary line), so after a redone stumps only that seq may differ.
     */
    private static void assertSameMatchBarSeqs(MatchState actual, MatchState expected) {
        assertThat(withoutSeqs(actual.scorecard())).isEqualTo(withoutSeqs(expected.scorecard()));
        assertSameBesidesTheCard(actual, expected);
    }

    private static void assertSameBesidesTheCard(MatchState actual, MatchState expected) {
        assertThat(actual.liveScore()).isEqualTo(expected.liveScore());
        assertThat(actual.next()).isEqualTo(expected.next());
        assertThat(actual.result()).isEqualTo(expected.result());
        assertThat(actual.commentary().stream().map(CommentaryEntry::text))
                .containsExactlyElementsOf(expected.commentary().stream()
                        .map(CommentaryEntry::text)
                        .toList());
    }

    private static Scorecard withoutSeqs(Scorecard card) {
        List<CloseOfPlay> closes = card.closeOfPlay().stream()
                .map(c -> new CloseOfPlay(
                        0,
                        c.day(),
                        c.innings(),
                        c.battingTeam(),
                        c.runs(),
                        c.wickets(),
                        c.legalBalls(),
                        c.overs(),
                        c.declared(),
                        c.allOut(),
                        c.text()))
                .toList();
        return new Scorecard(
                card.status(),
                card.teams(),
                card.result(),
                card.innings(),
                card.resultOfficial(),
                card.recordedResult(),
                closes);
    }

    /** Batters' runs and extras make the total; the bowlers are charged the runs off the bat, wides and no-balls. */
    private static void assertBalanced(Scorecard card, List<MatchEvent> accepted) {
        for (InningsCard in : card.innings()) {
            int batters = in.batting().stream().mapToInt(BattingLine::runs).sum();
            int bowlers = in.bowling().stream().mapToInt(BowlingLine::runs).sum();
            ExtrasCard x = in.extras();
            java.util.function.Supplier<String> where = () -> "innings " + in.number() + " after " + accepted;

            assertThat(x.total()).as(where).isEqualTo(x.wides() + x.noballs() + x.byes() + x.legbyes() + x.penalty());
            assertThat(batters + x.total()).as(where).isEqualTo(in.runs());
            assertThat(bowlers).as(where).isEqualTo(batters + x.wides() + x.noballs());
            assertThat(in.wickets()).as(where).isBetween(0, 10);
            assertThat(in.runs()).as(where).isNotNegative();
        }
    }

    private static void assertSameMatch(MatchState actual, MatchState expected) {
        assertThat(actual.scorecard()).isEqualTo(expected.scorecard());
        assertSameBesidesTheCard(actual, expected);
    }
}
