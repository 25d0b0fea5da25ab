package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreLinesTest {

    @Test
    void aDecidedChaseReadsEachInningsThenTheResult() {
        MatchBuilder m = match(rules(1, 6))
                .innings("India")
                .ball(Balls.four())
                .ball(Balls.out(DismissalKind.CAUGHT, "Smith"))
                .batterIn("Kohli")
                .play(4, Balls.runs(1))
                .innings("Australia")
                .play(6, Balls.dot());
        Scorecard card = m.state().scorecard();

        assertThat(ScoreLines.innings(card)).containsExactly("India 8/1 (1)", "Australia 0/0 (1)");
        assertThat(ScoreLines.outcome(card)).isEqualTo("India won by 8 runs");
    }

    @Test
    void anUnfinishedMatchHasItsScoresSoFarAndNoOutcome() {
        MatchBuilder m = match(rules(20, 6)).innings("India").play(9, Balls.runs(2));
        Scorecard card = m.state().scorecard();

        assertThat(ScoreLines.innings(card)).containsExactly("India 18/0 (1.3)");
        assertThat(ScoreLines.outcome(card)).isNull();
    }

    @Test
    void aDeclaredInningsAndAForfeitedOneSaySo() {
        MatchBuilder m = match(MatchRules.test())
                .innings("India")
                .play(6, Balls.runs(1))
                .event(new InningsClosed(ClosureReason.DECLARED))
                .event(new InningsForfeited("Australia"));
        Scorecard card = m.state().scorecard();

        assertThat(ScoreLines.innings(card)).containsExactly("India 6/0d (1)", "Australia innings forfeited");
    }
}
