package cricket.print;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.MatchFacts;
import cricket.api.Officials;
import cricket.scoring.BallBowled;
import cricket.scoring.ClosureReason;
import cricket.scoring.DayEnded;
import cricket.scoring.Delivery;
import cricket.scoring.Extras;
import cricket.scoring.InningsClosed;
import cricket.scoring.InningsStarted;
import cricket.scoring.MatchRules;
import cricket.scoring.MatchStarted;
import cricket.scoring.MatchState;
import cricket.scoring.Team;
import cricket.scoring.TossDecision;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The card of a match played over days: its dates from the first day to the last, read back from the PDF. */
class MultiDayCardTest {
    static final LocalDate FIRST = LocalDate.of(2024, 3, 12);

    /** India bat in a Test starting on 12 March: a ball, then stumps; another, then stumps; one more on day 3. */
    static MatchState threeDaysOfATest() {
        MatchState state = MatchState.initial()
                .apply(new MatchStarted(
                        List.of(
                                new Team("India", List.of("Rohit", "Gill", "Kohli")),
                                new Team("England", List.of("Anderson", "Root", "Stokes"))),
                        "India",
                        TossDecision.BAT,
                        MatchRules.test()))
                .apply(new InningsStarted("India", "Rohit", "Gill", "Anderson", false));
        state = single(state).apply(new DayEnded(1));
        state = single(single(state)).apply(new DayEnded(2));
        return single(state);
    }

    /** A single to the striker, from whoever the engine says is on. */
    static MatchState single(MatchState state) {
        return state.apply(new BallBowled(new Delivery(
                state.bowler().orElseThrow(),
                state.striker().orElseThrow(),
                state.nonStriker().orElseThrow(),
                1,
                false,
                Extras.NONE,
                List.of(),
                false,
                null)));
    }

    static MatchFacts facts(LocalDate lastDay) {
        return new MatchFacts(
                "Test series", "Ranchi", FIRST.atTime(10, 0).toInstant(ZoneOffset.UTC), Officials.NONE, lastDay);
    }

    static String printed(MatchState state, MatchFacts facts) throws IOException {
        byte[] pdf = ScorecardPdf.render(state.scorecard(), CardDetails.of(state, facts));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-03-12|2024-03-12|12 March 2024",
                "2024-03-12|2024-03-16|12\u201316 March 2024",
                "2024-03-30|2024-04-03|30 March \u2013 3 April 2024",
                "2023-12-30|2024-01-03|30 December 2023 \u2013 3 January 2024"
            })
    void theDatesNameTheMonthAndYearOnceWhenTheyShareThem(LocalDate first, LocalDate last, String printed) {
        assertThat(CardDetails.dates(first, last)).isEqualTo(printed);
    }

    @Test
    void theLastDayTheRecordNamesIsPrintedAfterTheFirst() throws IOException {
        String text = printed(threeDaysOfATest(), facts(LocalDate.of(2024, 3, 16)));

        // The standard font's text has a plain dash for the range's.
        assertThat(text.lines()).contains("Test series", "Ranchi", "12-16 March 2024");
    }

    @Test
    void withoutARecordedLastDayTheCardCountsTheDaysFromTheStumps() throws IOException {
        assertThat(CardDetails.of(threeDaysOfATest(), facts(null)).facts()).endsWith("12\u201314 March 2024");
        assertThat(printed(threeDaysOfATest(), facts(null)).lines()).contains("12-14 March 2024");
    }

    @Test
    void aRecordedLastDayNotAfterTheFirstIsIgnoredAndAOneDayMatchPrintsOneDate() {
        assertThat(CardDetails.of(threeDaysOfATest(), facts(FIRST.minusDays(1))).facts())
                .endsWith("12\u201314 March 2024");
        MatchState oneDay = MatchState.initial()
                .apply(new MatchStarted(threeDaysOfATest().teams(), "India", TossDecision.BAT, MatchRules.t20()));
        assertThat(CardDetails.of(oneDay, facts(null)).facts()).endsWith("12 March 2024");
    }

    /** Issue 13: the card lists each day's stumps, as the text card does, after the innings. */
    @Test
    void theCardListsEachDaysCloseOfPlayAfterTheInnings() throws IOException {
        List<String> lines = printed(threeDaysOfATest(), facts(null)).lines().toList();

        int heading = lines.indexOf("Close of play");
        assertThat(heading).as("the section's heading in " + lines).isGreaterThan(lines.indexOf("Innings 1: India"));
        assertThat(lines.subList(heading + 1, heading + 3))
                .containsExactly("Day 1: India 1/0 (0.1 ov)", "Day 2: India 3/0 (0.3 ov)");
    }

    /** A declaration before stumps: the card marks the score declared, as the commentary's stumps line does. */
    @Test
    void aCloseOfPlayAfterADeclarationMarksTheScoreDeclared() throws IOException {
        MatchState declared = threeDaysOfATest()
                .apply(new InningsClosed(ClosureReason.DECLARED))
                .apply(new DayEnded(3));

        List<String> lines = printed(declared, facts(null)).lines().toList();

        int heading = lines.indexOf("Close of play");
        assertThat(heading).as("the section's heading in " + lines).isPositive();
        assertThat(lines.subList(heading + 1, heading + 4))
                .containsExactly(
                        "Day 1: India 1/0 (0.1 ov)", "Day 2: India 3/0 (0.3 ov)", "Day 3: India 4/0d (0.4 ov)");
    }

    @Test
    void aMatchWithoutStumpsHasNoCloseOfPlay() throws IOException {
        MatchState firstDay = single(MatchState.initial()
                .apply(new MatchStarted(threeDaysOfATest().teams(), "India", TossDecision.BAT, MatchRules.test()))
                .apply(new InningsStarted("India", "Rohit", "Gill", "Anderson", false)));

        assertThat(printed(firstDay, facts(null))).doesNotContain("Close of play");
    }
}
