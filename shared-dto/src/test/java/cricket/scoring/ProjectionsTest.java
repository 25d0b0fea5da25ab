package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static cricket.scoring.MatchBuilder.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The live summary and the commentary, as a reader sees them after each ball. */
class ProjectionsTest {

    private static MatchBuilder t20() {
        return match(MatchRules.t20()).innings("India");
    }

    private static CommentaryEntry lastLine(MatchBuilder m) {
        List<CommentaryEntry> lines = m.state().commentary();
        return lines.get(lines.size() - 1);
    }

    @Nested
    class LiveSummary {
        @Test
        void itShowsTheScoreTheBattersAtTheCreaseTheBowlerThePartnershipAndThisOver() {
            MatchBuilder m = t20().ball(Balls.four())
                    .ball(Balls.wide(0))
                    .ball(Balls.runs(1))
                    .ball(Balls.out(DismissalKind.CAUGHT, "Smith"))
                    .batterIn("Kohli")
                    .ball(Balls.runs(2));

            LiveScore live = m.state().liveScore();

            assertThat(live.battingTeam()).isEqualTo("India");
            assertThat(List.of(live.runs(), live.wickets(), live.legalBalls())).containsExactly(8, 1, 4);
            assertThat(live.overs()).isEqualTo("0.4");
            assertThat(live.currentRunRate()).isEqualTo(12.0);
            assertThat(live.batters())
                    .containsExactly(
                            new LiveScore.BatterFigures("Kohli", 2, 1, 0, 0, true),
                            new LiveScore.BatterFigures("Rohit", 5, 2, 1, 0, false));
            assertThat(live.bowler()).isEqualTo(new LiveScore.BowlerFigures("Starc", "0.4", 0, 8, 1));
            assertThat(live.partnership()).isEqualTo(new LiveScore.Partnership(2, 1));
            assertThat(live.thisOver()).containsExactly("4", "1wd", "1", "W", "2");
            assertThat(live.lastWicket())
                    .isEqualTo(new LiveScore.LastWicket("Gill", 0, 1, "c Smith b Starc", 6, "0.3"));
            assertThat(live.target()).isNull();
            assertThat(live.summary()).isEqualTo("India 8/1 (0.4)");
        }

        @Test
        void thisOverStartsAfreshWithTheNextOversFirstBall() {
            MatchBuilder m = t20().play(6, Balls.dot());
            assertThat(m.state().liveScore().thisOver()).hasSize(6);

            m.play(1, Balls.legbyes(1));

            assertThat(m.state().liveScore().thisOver()).containsExactly("1lb");
            assertThat(m.state().liveScore().bowler().name()).isEqualTo("Cummins");
        }

        @Test
        void aChaseShowsTargetRunsNeededBallsLeftAndRequiredRate() {
            MatchBuilder m = match(rules(2, 6))
                    .innings("India")
                    .play(12, Balls.runs(1))
                    .innings("Australia")
                    .play(3, Balls.runs(2));

            LiveScore live = m.state().liveScore();

            assertThat(live.target()).isEqualTo(new Target(13, "2"));
            assertThat(live.runsNeeded()).isEqualTo(7);
            assertThat(live.ballsRemaining()).isEqualTo(9);
            assertThat(live.requiredRunRate()).isEqualTo(4.67);
            assertThat(live.currentRunRate()).isEqualTo(12.0);
            assertThat(live.summary()).isEqualTo("Australia 6/0 (0.3) - need 7 from 9 balls");
        }

        @Test
        void theNextBallIsShownAsAFreeHit() {
            MatchBuilder m = t20().ball(Balls.noBall(1, 0));

            assertThat(m.state().liveScore().freeHit()).isTrue();
            assertThat(m.state().liveScore().thisOver()).containsExactly("1nb");
        }

        @Test
        void afterTheMatchTheSummaryGivesTheResult() {
            MatchBuilder m = match(rules(1, 6))
                    .innings("India")
                    .play(6, Balls.dot())
                    .innings("Australia")
                    .ball(Balls.four());

            assertThat(m.state().liveScore().summary()).isEqualTo("Australia 4/0 (0.1) - Australia won by 10 wickets");
            assertThat(m.state().liveScore().result().kind()).isEqualTo(ResultKind.WICKETS);
        }
    }

    @Nested
    class Commentary {
        @Test
        void eachBallHasAGeneratedLineWithItsOverLabel() {
            MatchBuilder m = t20().ball(Balls.four());

            CommentaryEntry line = lastLine(m);

            assertThat(line.over()).isEqualTo("0.1");
            assertThat(line.innings()).isEqualTo(1);
            assertThat(line.seq()).isEqualTo(3);
            assertThat(line.text()).isEqualTo("Starc to Rohit, FOUR");
        }

        @Test
        void extrasWicketsAndFreeHitsAreSpelledOut() {
            MatchBuilder m = t20().ball(Balls.wide(4))
                    .ball(Balls.noBall(1, 1))
                    .ball(Balls.byes(2))
                    .ball(Balls.legbyes(1))
                    .ball(Balls.runs(3))
                    .ball(Balls.out(DismissalKind.STUMPED, "Carey"));
            List<String> lines = m.state().commentary().stream()
                    .filter(c -> c.over() != null)
                    .map(c -> c.over() + " " + c.text())
                    .toList();

            assertThat(lines)
                    .containsExactly(
                            "0.1 Starc to Rohit, 5 wides",
                            "0.1 Starc to Rohit, no-ball, 1 run",
                            "0.1 Starc to Gill, free hit, 2 byes",
                            "0.2 Starc to Gill, 1 leg bye",
                            "0.3 Starc to Rohit, 3 runs",
                            "0.4 Starc to Gill, OUT! st Carey b Starc");
        }

        @Test
        void theScorersOwnWordsWinOverTheGeneratedDescription() {
            MatchBuilder m = t20().ball(Balls.four().commentary("driven through the covers, one bounce into the rope"));

            assertThat(lastLine(m).text())
                    .isEqualTo("Starc to Rohit, driven through the covers, one bounce into the rope");
        }

        @Test
        void eventsBetweenBallsHaveALineWithoutAnOverLabel() {
            MatchBuilder m = t20().ball(Balls.out(DismissalKind.BOWLED)).batterIn("Kohli");

            assertThat(lastLine(m).over()).isNull();
            assertThat(lastLine(m).text()).isEqualTo("Kohli comes to the crease");
        }
    }
}
