package cricket.cricsheet;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.scoring.BattingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchState;
import cricket.scoring.ResultRecorded;
import cricket.scoring.Scorecard;
import cricket.scoring.ScorecardText;
import org.junit.jupiter.api.Test;

/** Shapes of the public archive the engine once refused; each file now imports and its card says what happened. */
class ArchiveShapesTest {
    private static CricsheetMatch read(String file) {
        return CricsheetReader.read(FileExpectations.resource(file), file);
    }

    private static MatchState replay(String file) {
        return CricsheetReplay.replay(read(file), file);
    }

    @Test
    void aSuperOverSideThatBattedOnAfterTwoWicketsPlaysItsSixBalls() {
        MatchState state = replay("756767.json");
        InningsCard sixers = state.scorecard().innings().get(3);

        assertThat(state.rules().orElseThrow().superOverWickets()).isEqualTo(3);
        assertThat(sixers.superOver()).isTrue();
        assertThat(sixers.legalBalls())
                .isEqualTo(FileExpectations.of("756767.json").innings.get(3).legalBalls());
        assertThat(sixers.runs()).isEqualTo(9);
        assertThat(sixers.wickets()).isEqualTo(2);
        assertThat(state.result().orElseThrow().superOverWinner()).isEqualTo("Melbourne Stars");
        assertThat(read("756767.json").events()).noneMatch(e -> e instanceof ResultRecorded);
    }

    @Test
    void aFileOfIccSuperOversKeepsTheTwoWicketLimit() {
        assertThat(replay("1187680.json").rules().orElseThrow().superOverWickets())
                .isEqualTo(2);
    }

    @Test
    void theNextBatterRetiredOutOnTheBallThatBroughtHimInIsOnTheCardWithoutFacing() {
        Scorecard card = replay("1208093.json").scorecard();
        InningsCard cumilla = card.innings().get(1);
        BattingLine sunzamul = cumilla.batting().stream()
                .filter(b -> b.name().equals("Sunzamul Islam"))
                .findFirst()
                .orElseThrow();

        assertThat(sunzamul.dismissal()).isEqualTo("retired out");
        assertThat(sunzamul.out()).isTrue();
        assertThat(sunzamul.balls()).isZero();
        assertThat(cumilla.wickets())
                .isEqualTo(FileExpectations.of("1208093.json").innings.get(1).wickets());
        assertThat(card.result().text()).isEqualTo("Cumilla Warriors won by 2 wickets");
    }

    @Test
    void aRecordARunOutFromItsBallsIsShownBesideTheBallsResult() {
        Scorecard card = replay("cricsheet-edge/outcome-a-run-off.json").scorecard();

        assertThat(card.result().text()).isEqualTo("Alpha won by 2 runs");
        assertThat(card.resultOfficial()).isFalse();
        assertThat(card.recordedResult().text()).isEqualTo("Alpha won by 1 run");
        assertThat(ScorecardText.render(card, 6))
                .contains("Result: Alpha won by 2 runs\nRecorded result: Alpha won by 1 run");
    }

    @Test
    void aResultTheBallsCannotShowIsTheOfficialOneAndTheCardSaysSo() {
        Scorecard card = replay("cricsheet-edge/awarded.json").scorecard();

        assertThat(card.resultOfficial()).isTrue();
        assertThat(card.recordedResult()).isNull();
        assertThat(ScorecardText.render(card, 6)).contains("(official result)");
        assertThat(replay("336025.json").scorecard().resultOfficial()).isFalse();
    }
}
