package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.scoring.BallBowled;
import cricket.scoring.MatchEvent;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.ResultRecorded;
import cricket.scoring.TargetRevised;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chases rain ended on a par score, real (336025, 392186) and synthetic: the reader records the file's target as the
 * par at the stop, after the chase's last ball, and the engine derives the file's result from it, by runs.
 */
class ParScoreFilesTest {
    private static CricsheetMatch read(String file) {
        return CricsheetReader.read(FileExpectations.resource(file), file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "336025.json, Chennai Super Kings won by 3 runs (D/L), 53, 8",
        "392186.json, Kolkata Knight Riders won by 11 runs (D/L), 69, 9.2",
        "cricsheet-edge/dl-ahead-of-par-mid-over.json, Beta won by 5 runs (D/L), 20, 1.3"
    })
    void aChaseAheadOfParIsWonByItsScoreLessParInRuns(String file, String text, int target, String overs) {
        CricsheetMatch match = read(file);
        Result result = CricsheetReplay.replay(match, file).result().orElseThrow();
        JsonNode outcome = FileExpectations.of(file).outcome();

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.kind()).isEqualTo(ResultKind.RUNS);
        assertThat(result.winner()).isEqualTo(outcome.path("winner").asText());
        assertThat(result.margin()).isEqualTo(outcome.path("by").path("runs").asInt());
        assertThat(result.method()).isEqualTo(outcome.path("method").asText());
        assertThat(match.events()).noneMatch(e -> e instanceof ResultRecorded);
        var card = CricsheetReplay.replay(match, file).scorecard().innings().get(1);
        assertThat(card.target().runs()).isEqualTo(target);
        assertThat(card.target().overs()).isEqualTo(overs);
        // the file's runs for the chase are all on the card, past the par target
        assertThat(card.runs())
                .isEqualTo(FileExpectations.of(file).innings.get(1).runs())
                .isGreaterThan(target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"336025.json", "392186.json", "cricsheet-edge/dl-ahead-of-par-mid-over.json"})
    void theParTargetIsRecordedAfterTheChasesLastBall(String file) {
        List<MatchEvent> events = read(file).events();
        MatchEvent last = events.get(events.size() - 1);

        assertThat(last).isInstanceOf(TargetRevised.class);
        assertThat(((TargetRevised) last).playAbandoned()).isTrue();
        assertThat(events.get(events.size() - 2)).isInstanceOf(BallBowled.class);
        assertThat(events.stream().filter(e -> e instanceof TargetRevised)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "cricsheet-edge/dl-behind-par.json, Alpha won by 5 runs (D/L), RUNS, 5",
        "cricsheet-edge/dl-tie-on-par.json, Match tied (D/L), TIE, "
    })
    void behindOrLevelOnParTheEngineDerivesTheFilesResult(String file, String text, ResultKind kind, Integer margin) {
        CricsheetMatch match = read(file);
        var state = CricsheetReplay.replay(match, file);
        Result result = state.result().orElseThrow();

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.kind()).isEqualTo(kind);
        assertThat(result.margin()).isEqualTo(margin);
        assertThat(result.method()).isEqualTo("D/L");
        assertThat(state.next().name()).isEqualTo("MATCH_OVER");
        assertThat(match.events()).noneMatch(e -> e instanceof ResultRecorded);
    }
}
