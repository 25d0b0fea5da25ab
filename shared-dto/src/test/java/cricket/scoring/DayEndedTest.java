package cricket.scoring;

import static cricket.scoring.MatchBuilder.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Law 12.2: stumps close each day's play in a match played over days; the match resumes where it stood. */
class DayEndedTest {

    /** India 12/0 after two overs of singles on the first day of a Test. */
    private static MatchBuilder twoOversOfATest() {
        return match(MatchRules.test()).innings("India").overs(2, Balls.runs(1), "Starc", "Cummins");
    }

    private static String lastLine(MatchState state) {
        List<CommentaryEntry> lines = state.commentary();
        return lines.get(lines.size() - 1).text();
    }

    @Nested
    class WhatStumpsRecord {
        @Test
        void stumpsSayTheDayAndTheScoreInTheCommentary() {
            MatchState state = twoOversOfATest().event(new DayEnded(1)).state();

            assertThat(lastLine(state)).isEqualTo("Stumps, day 1: India 12/0 (2 overs)");
            assertThat(state.commentary().get(state.commentary().size() - 1).over())
                    .isNull();
        }

        @Test
        void theLiveScoreNamesTheDayOfPlayFromOneAndTheNextDayAfterStumps() {
            MatchBuilder m = twoOversOfATest();
            assertThat(m.state().liveScore().day()).isEqualTo(1);

            m.event(new DayEnded(1));
            assertThat(m.state().liveScore().day()).isEqualTo(2);
            m.ball(Balls.dot()).event(new DayEnded(2));
            assertThat(m.state().liveScore().day()).isEqualTo(3);
        }

        /** Issue 13: a scorer draws stumps on the last day, then records the end: the match lasted that day, no more. */
        @Test
        void aMatchThatEndsWithNoBallAfterTheLastStumpsIsOnTheDayOfThoseStumps() {
            MatchBuilder m = twoOversOfATest()
                    .event(new DayEnded(1))
                    .bowler("Starc")
                    .ball(Balls.dot())
                    .event(new DayEnded(2));
            assertThat(m.state().liveScore().day())
                    .as("while the match goes on")
                    .isEqualTo(3);

            MatchState ended = m.event(new MatchEnded("draw")).state();

            assertThat(ended.status()).isEqualTo(MatchStatus.COMPLETED);
            assertThat(ended.liveScore().day()).isEqualTo(2);
        }

        @Test
        void aMatchThatEndsAfterABallOnTheNextDayIsOnThatDay() {
            MatchState ended = twoOversOfATest()
                    .event(new DayEnded(1))
                    .bowler("Starc")
                    .ball(Balls.dot())
                    .event(new MatchEnded("draw"))
                    .state();

            assertThat(ended.liveScore().day()).isEqualTo(2);
        }

        @Test
        void undoingTheEndOfAMatchAfterStumpsMakesItTheNextDayAgain() {
            MatchState ended = twoOversOfATest()
                    .event(new DayEnded(1))
                    .event(new MatchEnded("draw"))
                    .state();
            assertThat(ended.liveScore().day()).isEqualTo(1);

            assertThat(ended.apply(new Undo()).liveScore().day()).isEqualTo(2);
        }

        @Test
        void aOneInningsMatchHasNoDay() {
            MatchState state =
                    match(MatchRules.t20()).innings("India").ball(Balls.four()).state();

            assertThat(state.liveScore().day()).isNull();
        }

        @Test
        void theScorecardListsEachCloseOfPlay() {
            MatchState state = twoOversOfATest()
                    .event(new DayEnded(1))
                    .bowler("Starc")
                    .ball(Balls.four())
                    .event(new DayEnded(2))
                    .state();

            assertThat(state.scorecard().closeOfPlay())
                    .extracting(CloseOfPlay::day, CloseOfPlay::innings, CloseOfPlay::runs, CloseOfPlay::overs)
                    .containsExactly(tuple(1, 1, 12, "2"), tuple(2, 1, 16, "2.1"));
            assertThat(state.scorecard().closeOfPlay().get(1).text())
                    .isEqualTo("Stumps, day 2: India 16/0 (2.1 overs)");
        }

        @Test
        void theChartsMarkWhereTheDayEndedInTheInnings() {
            MatchState state = twoOversOfATest().event(new DayEnded(1)).state();

            assertThat(state.charts().innings().get(0).dayEnds())
                    .containsExactly(new MatchCharts.DayEnd(1, 12, "2", 12, 0));
            assertThat(state.charts()).isEqualTo(ChartsFromScratch.of(state.scorecard(), state.balls()));
        }

        @Test
        void playResumesMidOverWithTheSameBowlerBattersAndBall() {
            MatchBuilder m = match(MatchRules.test()).innings("India").balls(3, Balls.dot());
            MatchState before = m.state();

            MatchState after = m.event(new DayEnded(1)).state();

            assertThat(after.next()).isEqualTo(before.next());
            assertThat(after.striker()).isEqualTo(before.striker());
            assertThat(after.bowler()).isEqualTo(before.bowler());
            assertThat(after.liveScore().thisOver())
                    .isEqualTo(before.liveScore().thisOver());
            MatchState resumed = m.ball(Balls.dot()).state();
            assertThat(resumed.balls().get(resumed.balls().size() - 1).over()).isEqualTo("0.4");
        }
    }

    @Nested
    class WhereTheMatchStands {
        @Test
        void aSideBattingSecondTrailsOrLeads() {
            MatchBuilder m = twoOversOfATest()
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .innings("Australia")
                    .ball(Balls.four());

            assertThat(lastLine(m.event(new DayEnded(1)).state()))
                    .isEqualTo("Stumps, day 1: Australia 4/0 (0.1 overs), trail by 8 runs");
            m.ball(Balls.four()).ball(Balls.four()).ball(Balls.runs(1));
            assertThat(lastLine(m.event(new DayEnded(2)).state()))
                    .isEqualTo("Stumps, day 2: Australia 13/0 (0.4 overs), lead by 1 run");
        }

        @Test
        void stumpsBetweenInningsShowTheClosedInningsAllOutOrDeclared() {
            MatchBuilder declared = twoOversOfATest().event(new InningsClosed(ClosureReason.DECLARED));
            assertThat(lastLine(declared.event(new DayEnded(1)).state()))
                    .isEqualTo("Stumps, day 1: India 12/0d (2 overs)");

            MatchBuilder allOut = match(MatchRules.test()).innings("India").allOut();
            MatchState state = allOut.event(new DayEnded(1)).state();
            assertThat(lastLine(state)).isEqualTo("Stumps, day 1: India 0 all out (1.4 overs)");
            assertThat(state.charts().innings().get(0).dayEnds()).hasSize(1);
        }

        /** A forfeit bowls no ball: the close names where the match stands, the innings before it. */
        @Test
        void stumpsAfterAForfeitNameTheLastInningsWithPlay() {
            MatchBuilder m = twoOversOfATest()
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .event(new InningsForfeited("Australia"));

            MatchState state = m.event(new DayEnded(1)).state();
            assertThat(lastLine(state)).isEqualTo("Stumps, day 1: India 12/0d (2 overs), lead by 12 runs");
            assertThat(state.scorecard().closeOfPlay().get(0).innings()).isEqualTo(1);

            MatchBuilder first = match(MatchRules.test()).event(new InningsForfeited("India"));
            assertThat(lastLine(first.event(new DayEnded(1)).state()))
                    .isEqualTo("Stumps, day 1: India forfeit their innings");
        }

        /** The close keeps how the innings stood at stumps: a later declaration or wicket does not change it. */
        @Test
        void theCloseOfPlayRecordsWhetherTheInningsWasAllOutOrDeclared() {
            MatchBuilder absentHurt = match(MatchRules.test())
                    .innings("India")
                    .event(new BatterAbsentHurt("Siraj"))
                    .allOut()
                    .event(new DayEnded(1));
            MatchBuilder declared = twoOversOfATest()
                    .event(new DayEnded(1))
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .event(new DayEnded(2));

            assertThat(absentHurt.state().scorecard().closeOfPlay())
                    .extracting(CloseOfPlay::wickets, CloseOfPlay::allOut, CloseOfPlay::declared)
                    .containsExactly(tuple(9, true, false));
            assertThat(declared.state().scorecard().closeOfPlay())
                    .extracting(CloseOfPlay::day, CloseOfPlay::allOut, CloseOfPlay::declared)
                    .containsExactly(tuple(1, false, false), tuple(2, false, true));
        }

        @Test
        void theSideChasingInTheFourthInningsNeedsRunsToWin() {
            MatchBuilder m = twoOversOfATest()
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .innings("Australia")
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .innings("India")
                    .event(new InningsClosed(ClosureReason.DECLARED))
                    .innings("Australia")
                    .ball(Balls.four());

            assertThat(lastLine(m.event(new DayEnded(3)).state()))
                    .isEqualTo("Stumps, day 3: Australia 4/0 (0.1 overs), need 9 runs to win");
        }

        @Test
        void stumpsBeforeAnyInningsSayNoInningsHasBegun() {
            MatchState state = match(MatchRules.test()).event(new DayEnded(1)).state();

            assertThat(lastLine(state)).isEqualTo("Stumps, day 1: no innings has begun");
            assertThat(state.liveScore().day()).isEqualTo(2);
            assertThat(state.charts().innings()).isEmpty();
        }
    }

    @Nested
    class Refusals {
        @Test
        void aOneInningsMatchHasNoStumpsAndSaysWhatToRecordInstead() {
            MatchState state =
                    match(MatchRules.t20()).innings("India").ball(Balls.four()).state();
            String why = "stumps end a day only in a match played over days (two innings a side): this match is one"
                    + " innings a side, so record the end of play (MatchEnded) if play stops";

            assertThat(state.refusal(DayEnded.class)).contains(why);
            assertThatThrownBy(() -> state.apply(new DayEnded(1)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage(why);
        }

        @Test
        void theDayMustComeAfterTheLastStumps() {
            MatchState state = twoOversOfATest().event(new DayEnded(2)).state();

            assertThatThrownBy(() -> state.apply(new DayEnded(2)))
                    .isInstanceOf(ScoringException.class)
                    .hasMessage("stumps were drawn on day 2: the next close of play is day 3 or later, got day 2");
            assertThatThrownBy(() -> state.apply(new DayEnded(1))).isInstanceOf(ScoringException.class);
            assertThat(state.apply(new DayEnded(4)).liveScore().day()).isEqualTo(5);
        }

        @Test
        void stumpsAreRefusedBeforeTheTossAndOnceTheMatchHasEnded() {
            assertThat(MatchState.initial().accepts(DayEnded.class)).isFalse();
            MatchState ended = twoOversOfATest().event(new MatchEnded("draw")).state();

            assertThat(ended.refusal(DayEnded.class)).isPresent();
            assertThatThrownBy(() -> ended.apply(new DayEnded(5))).isInstanceOf(ScoringException.class);
        }

        @Test
        void aDayOutOfBoundsIsABadValue() {
            assertThatThrownBy(() -> new DayEnded(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("day must be 1-12, got 0");
            assertThatThrownBy(() -> new DayEnded(13)).hasMessage("day must be 1-12, got 13");
        }
    }

    @Nested
    class Corrections {
        @Test
        void undoRemovesStumpsFromEveryViewAndTheSameDayCanBeRecordedAgain() {
            MatchState before = twoOversOfATest().state();
            MatchState stumps = before.apply(new DayEnded(1));

            MatchState undone = stumps.apply(new Undo());

            assertThat(undone.liveScore().day()).isEqualTo(1);
            assertThat(undone.scorecard()).isEqualTo(before.scorecard());
            assertThat(undone.commentary()).isEqualTo(before.commentary());
            assertThat(undone.charts()).isEqualTo(before.charts());
            assertThat(undone.apply(new DayEnded(1)).liveScore().day()).isEqualTo(2);
        }

        /** Stumps drawn again after an undo are a new event: the close names the new line, the score is the same. */
        @Test
        void stumpsDrawnAgainAfterAnUndoCloseTheSameDayAtTheNewEvent() {
            MatchState stumps = twoOversOfATest().state().apply(new DayEnded(1));
            MatchState again = stumps.apply(new Undo()).apply(new DayEnded(1));

            CloseOfPlay first = stumps.scorecard().closeOfPlay().get(0);
            CloseOfPlay redone = again.scorecard().closeOfPlay().get(0);
            assertThat(redone.seq()).isEqualTo(first.seq() + 2);
            assertThat(redone.text()).isEqualTo(first.text());
            assertThat(again.commentary().get(again.commentary().size() - 1).seq())
                    .isEqualTo(redone.seq());
        }

        @Test
        void aCorrectedBallBeforeStumpsMovesTheCloseOfPlayScore() {
            MatchState state = twoOversOfATest().event(new DayEnded(1)).state();
            RecordedBall first = state.balls().get(0);
            Delivery d = first.delivery();
            Delivery four =
                    new Delivery(d.bowler(), d.batter(), d.nonStriker(), 4, false, Extras.NONE, List.of(), false, null);

            MatchState edited = state.apply(new ReplaceBall(first.seq(), four));

            assertThat(edited.scorecard().closeOfPlay().get(0).runs()).isEqualTo(15);
            assertThat(edited.charts().innings().get(0).dayEnds().get(0).runs()).isEqualTo(15);
        }
    }

    /** Any days asked for in any order: the rising ones are kept, each later one refused, and the views agree. */
    @Property(tries = 100)
    void onlyRisingDaysAreAcceptedAndEveryViewAgrees(
            @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 12) Integer> days) {
        MatchState state = match(MatchRules.test()).innings("India").state();
        List<Integer> kept = new ArrayList<>();
        for (int day : days) {
            boolean rising = kept.isEmpty() || day > kept.get(kept.size() - 1);
            try {
                state = state.apply(new DayEnded(day));
                assertThat(rising)
                        .as("day " + day + " after " + kept + " accepted")
                        .isTrue();
                kept.add(day);
            } catch (ScoringException refused) {
                assertThat(rising)
                        .as("day " + day + " after " + kept + " refused")
                        .isFalse();
            }
        }

        assertThat(state.scorecard().closeOfPlay()).extracting(CloseOfPlay::day).isEqualTo(kept);
        assertThat(state.charts().innings().get(0).dayEnds())
                .extracting(MatchCharts.DayEnd::day)
                .isEqualTo(kept);
        assertThat(state.liveScore().day()).isEqualTo(kept.isEmpty() ? 1 : kept.get(kept.size() - 1) + 1);
    }
}
