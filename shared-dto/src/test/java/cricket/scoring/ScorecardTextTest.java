package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTextTest {

    private static List<String> lines(MatchBuilder m) {
        return ScorecardText.render(m.state().scorecard(), 6).lines().toList();
    }

    @Test
    void eachInningsShowsBattingExtrasTotalFallOfWicketsAndBowlingThenTheResult() {
        MatchBuilder m = match(rules(1, 6))
                .innings("India")
                .ball(Balls.four())
                .ball(Balls.wide(0))
                .ball(Balls.out(DismissalKind.CAUGHT, "Smith"))
                .batterIn("Kohli")
                .play(4, Balls.runs(1))
                .innings("Australia")
                .play(6, Balls.dot());

        List<String> lines = lines(m);

        assertThat(lines.get(0)).isEqualTo("India v Australia");
        assertThat(lines).contains("India innings", "Australia innings  (target 10 from 1 over)");
        assertThat(lines).anyMatch(l -> l.matches("  Rohit\\s+c Smith b Starc\\s+4\\s+2\\s+1\\s+0\\s+200\\.00"));
        assertThat(lines).anyMatch(l -> l.matches("  Extras\\s+1\\s+\\(w 1\\)"));
        assertThat(lines).anyMatch(l -> l.matches("  Total\\s+9/1\\s+\\(1 over, RR 9\\.00\\)"));
        assertThat(lines).contains("  Fall of wickets: 1-5 (Rohit, 0.2)");
        assertThat(lines).anyMatch(l -> l.matches("  Starc\\s+1\\s+0\\s+9\\s+1\\s+1\\s+0\\s+9\\.00"));
        assertThat(lines).anyMatch(l -> l.matches("  Bumrah\\s+1\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0\\.00"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Result: India won by 9 runs");
        assertThat(lines).noneMatch(l -> l.endsWith(" "));
    }

    @Test
    void aFinishedInningsNamesWhoDidNotBatAndTheInningsGoingOnWhoIsYetToBat() {
        MatchBuilder m = match(rules(1, 6))
                .innings("India")
                .ball(Balls.out(DismissalKind.BOWLED))
                .batterIn("Kohli")
                .play(5, Balls.runs(1))
                .innings("Australia")
                .ball(Balls.dot());
        MatchState state = m.state();

        List<String> lines = ScorecardText.render(state.scorecard(), 6, state.teams())
                .lines()
                .toList();

        List<String> indiaRest = MatchBuilder.INDIA.players().stream()
                .filter(p -> !List.of("Rohit", "Gill", "Kohli").contains(p))
                .toList();
        List<String> australiaRest = MatchBuilder.AUSTRALIA.players().stream()
                .filter(p -> !List.of("Head", "Warner").contains(p))
                .toList();
        assertThat(lines).contains("  Did not bat: " + String.join(", ", indiaRest));
        assertThat(lines).contains("  Yet to bat: " + String.join(", ", australiaRest));
        assertThat(ScorecardText.render(state.scorecard(), 6)).doesNotContain("Did not bat", "Yet to bat");
    }

    @Test
    void atTheBreakAfterAnInningsItsRestDidNotBat() {
        MatchState state =
                match(rules(1, 6)).innings("India").play(6, Balls.runs(1)).state();
        assertThat(state.status()).isEqualTo(MatchStatus.INNINGS_BREAK);

        String text = ScorecardText.render(state.scorecard(), 6, state.teams());

        assertThat(text).contains("  Did not bat: ").doesNotContain("Yet to bat");
    }

    @Test
    void anInningsWithoutExtrasShowsNoBreakdown() {
        List<String> lines = lines(match(rules(1, 6)).innings("India").ball(Balls.runs(1)));

        assertThat(lines).anyMatch(l -> l.matches("  Extras\\s+0"));
    }

    @Test
    void aBatterWhoHasFacedNoBallHasNoStrikeRate() {
        List<String> lines = lines(match(rules(1, 6)).innings("India"));

        assertThat(lines).anyMatch(l -> l.matches("  Rohit\\s+not out\\s+0\\s+0\\s+0\\s+0\\s+-"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Result: not yet decided (in progress)");
    }

    @Test
    void aDeclaredInningsAndSecondInningsAreNamedAsOnAPrintedCard() {
        MatchBuilder m = match(MatchRules.test())
                .innings("India")
                .play(3, Balls.runs(2))
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia")
                .allOut()
                .innings("India");

        List<String> lines = lines(m);

        assertThat(lines).contains("India 1st innings", "Australia 1st innings", "India 2nd innings");
        assertThat(lines).anyMatch(l -> l.matches("  Total\\s+6/0\\s+\\(declared, 0\\.3 overs, RR 12\\.00\\)"));
        assertThat(lines).anyMatch(l -> l.matches("  Total\\s+0\\s+\\(all out, 1\\.4 overs, RR 0\\.00\\)"));
    }

    @Test
    void theSideFollowingOnIsNamedSo() {
        MatchBuilder m = match(MatchRules.test())
                .innings("India")
                .play(3, Balls.runs(2))
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia")
                .allOut()
                .event(new FollowOnEnforced())
                .event(new InningsStarted("Australia", "Head", "Warner", "Bumrah", false));

        assertThat(lines(m)).contains("Australia 2nd innings (following on)");
    }

    @Test
    void fiveBallOversAlsoShowTheBalls() {
        MatchBuilder m = match(MatchRules.hundred()).innings("India").balls(7, Balls.runs(2));

        String text = ScorecardText.render(m.state().scorecard(), 5);

        assertThat(text).containsPattern("Total\\s+14/0\\s+\\(1\\.2 overs, 7 balls, RR 10\\.00\\)");
        assertThat(text).containsPattern("Starc\\s+1\\.2\\s+0\\s+14\\s+0\\s+0\\s+0\\s+10\\.00");
    }

    /** Issue 13: each day's stumps, as the scorecard's closeOfPlay holds them, listed before the result. */
    @Test
    void aMatchPlayedOverDaysListsEachDaysCloseOfPlayBeforeTheResult() {
        MatchBuilder m = match(MatchRules.test())
                .innings("India")
                .overs(2, Balls.runs(1), "Starc", "Cummins")
                .event(new DayEnded(1))
                .bowler("Starc")
                .ball(Balls.four())
                .event(new InningsClosed(ClosureReason.DECLARED))
                .innings("Australia")
                .allOut()
                .event(new DayEnded(2));

        List<String> lines = lines(m);

        int heading = lines.indexOf("Close of play");
        assertThat(heading).as("the section's heading in " + lines).isPositive();
        assertThat(lines.subList(heading + 1, heading + 3))
                .containsExactly("  Day 1: India 12/0 (2 ov)", "  Day 2: Australia 0 all out (1.4 ov)");
        assertThat(lines.get(lines.size() - 1)).startsWith("Result: ");
        assertThat(lines.size() - 1).as("the result comes after the closes").isGreaterThan(heading + 2);
    }

    /** Nine down with the last batter absent hurt is all out, as the commentary's stumps line says. */
    @Test
    void aCloseOfPlayAfterAnInningsAllOutWithABatterAbsentHurtSaysAllOut() {
        MatchBuilder m = match(MatchRules.test())
                .innings("India")
                .overs(2, Balls.runs(1), "Starc", "Cummins")
                .event(new BatterAbsentHurt("Siraj"))
                .allOut()
                .event(new DayEnded(1));
        assertThat(m.card(1).wickets()).isEqualTo(9);

        assertThat(lines(m)).containsSequence("Close of play", "  Day 1: India 12 all out (3.3 ov)");
        List<CommentaryEntry> commentary = m.state().commentary();
        assertThat(commentary.get(commentary.size() - 1).text())
                .isEqualTo("Stumps, day 1: India 12 all out (3.3 overs)");
    }

    @Test
    void aCloseOfPlayAfterADeclarationMarksTheScoreDeclared() {
        MatchBuilder m = match(MatchRules.test())
                .innings("India")
                .overs(2, Balls.runs(1), "Starc", "Cummins")
                .event(new InningsClosed(ClosureReason.DECLARED))
                .event(new DayEnded(1));

        assertThat(lines(m)).containsSequence("Close of play", "  Day 1: India 12/0d (2 ov)");
    }

    @Test
    void aMatchWithoutStumpsHasNoCloseOfPlayAndStumpsBeforeAnyInningsSaySo() {
        MatchBuilder oneDay = match(rules(1, 6)).innings("India").ball(Balls.four());
        assertThat(lines(oneDay)).doesNotContain("Close of play");

        assertThat(lines(match(MatchRules.test()).event(new DayEnded(1))))
                .containsSequence("Close of play", "  Day 1: no innings had begun");
    }

    @Test
    void ballsPerOverMustBePositive() {
        Scorecard card = MatchState.initial().scorecard();

        assertThatThrownBy(() -> ScorecardText.render(card, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ballsPerOver must be 1 or more, got 0");
    }
}
