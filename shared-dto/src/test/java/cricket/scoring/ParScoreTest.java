package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rain ends a chase for good and the par score decides it (DLS): the scorer records the par from the official sheet
 * as a {@link TargetRevised} with {@code playAbandoned}, after the last ball bowled.
 */
class ParScoreTest {
    /** Twenty overs a side, ties settled by a super over when play allows one. */
    private static final MatchRules T20 = new MatchRules(20, 6, 1, false, true, 1, false, true);

    /** India make 48 from twelve fours, then rain; Australia, chasing 49, have scored {@code fours} x 4 in an over. */
    private static MatchBuilder chaseAfterOneOver(int fours) {
        return match(T20)
                .innings("India")
                .play(12, Balls.four())
                .event(new InningsClosed(ClosureReason.CALLED_OFF))
                .innings("Australia")
                .play(fours, Balls.four())
                .play(6 - fours, Balls.dot());
    }

    @ParameterizedTest(name = "{0} fours against par {1}: {2}")
    @CsvSource({
        "6, 20, Australia won by 4 runs (DLS), Australia, RUNS, 4",
        "4, 15, Australia won by 1 run (DLS), Australia, RUNS, 1",
        "1, 20, India won by 16 runs (DLS), India, RUNS, 16",
        "5, 20, Match tied (DLS), , TIE, "
    })
    void theParScoreDecidesTheChaseByRuns(
            int fours, int par, String text, String winner, ResultKind kind, Integer margin) {
        MatchBuilder m = chaseAfterOneOver(fours).event(TargetRevised.parAtStop(par, 6, "DLS"));

        Result result = m.state().result().orElseThrow();
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.winner()).isEqualTo(winner);
        assertThat(result.kind()).isEqualTo(kind);
        assertThat(result.margin()).isEqualTo(margin);
        assertThat(result.method()).isEqualTo("DLS");
    }

    @Test
    void aChaseAheadOfParEndsWhereItStandsAndNothingMoreIsScored() {
        MatchBuilder m = chaseAfterOneOver(6).event(TargetRevised.parAtStop(20, 6, "DLS"));

        assertThat(m.state().status()).isEqualTo(MatchStatus.COMPLETED);
        assertThat(m.state().next()).isEqualTo(NextAction.MATCH_OVER);
        assertThat(m.card(2).runs()).isEqualTo(24);
        assertThat(m.card(2).target()).isEqualTo(new Target(21, "1"));
        assertThat(m.state().refusal(BallBowled.class))
                .hasValueSatisfying(s -> assertThat(s).startsWith("the match is over: Australia won by 4 runs (DLS)"));
        assertThat(m.state().commentary().get(m.state().commentary().size() - 1).text())
                .isEqualTo("Play abandoned after 1 over: par score 20 (DLS)");
    }

    @Test
    void aTieOnParIsNotFollowedByASuperOver() {
        MatchBuilder m = chaseAfterOneOver(5).event(TargetRevised.parAtStop(20, 6, "DLS"));

        assertThat(m.state().next()).isEqualTo(NextAction.MATCH_OVER);
        assertThat(m.state().refusal(InningsStarted.class)).isPresent();
    }

    @Test
    void anUndoOfTheStopLetsTheChaseGoOn() {
        MatchBuilder m = chaseAfterOneOver(6)
                .event(TargetRevised.parAtStop(20, 6, "DLS"))
                .event(new Undo());

        assertThat(m.state().result()).isEmpty();
        assertThat(m.state().next()).isEqualTo(NextAction.NEW_BOWLER);
    }

    @Test
    void parIsRefusedBeforeTheChaseStartsNamingWhatToRecordInstead() {
        MatchBuilder m = match(T20).innings("India").play(6, Balls.four());

        assertThatThrownBy(() -> m.event(TargetRevised.parAtStop(20, 6, "DLS")))
                .isInstanceOf(ScoringException.class)
                .hasMessage("play can be abandoned on a par score only while the chase is in progress; before it"
                        + " starts, record the end of play (MatchEnded): no result");
    }

    @Test
    void parIsRefusedInATwoInningsMatch() {
        MatchBuilder m = match(MatchRules.test()).innings("India").play(6, Balls.four());

        assertThatThrownBy(() -> m.event(TargetRevised.parAtStop(20, null, null)))
                .isInstanceOf(ScoringException.class)
                .hasMessageStartingWith("a par score decides only a limited-overs match");
    }

    @Test
    void aStoredRevisionWithoutTheFlagIsATargetForAChaseThatGoesOn() throws Exception {
        // as strict as the server's mapper: a missing primitive would be refused
        ObjectMapper json = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        MatchEvent old = json.readValue(
                "{\"type\":\"TargetRevised\",\"runs\":30,\"legalBalls\":59,\"method\":\"DLS\"}", MatchEvent.class);

        assertThat(old).isEqualTo(new TargetRevised(30, 59, "DLS"));
        assertThat(((TargetRevised) old).playAbandoned()).isFalse();
        TargetRevised stop = TargetRevised.parAtStop(52, 48, "D/L");
        assertThat(json.readValue(json.writerFor(MatchEvent.class).writeValueAsString(stop), MatchEvent.class))
                .isEqualTo(stop);
        assertThat(json.readTree(json.writeValueAsString(stop)).has("par")).isFalse();
    }
}
