package cricket.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cricket.api.MatchFacts;
import cricket.api.OfficialRole;
import cricket.api.Officials;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.CricsheetReader;
import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchState;
import cricket.scoring.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed card of a real match, read back with PDFBox's text extraction and checked against the engine's card. */
class ScorecardPdfTest {
    private static CricsheetMatch match;
    private static MatchState state;
    private static String text;
    private static int pages;

    @BeforeAll
    static void printTheCard() throws IOException {
        try (InputStream in = ScorecardPdfTest.class.getResourceAsStream("/cricsheet/1082591.json")) {
            match = CricsheetReader.read(in, "1082591.json");
        }
        state = MatchState.replay(match.events());
        CardDetails details = CardDetails.of(state, facts());
        byte[] pdf = ScorecardPdf.render(state.scorecard(), details);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void bothInningsArePrintedWithEveryBatterHowOutAndTheirRuns() {
        Scorecard card = state.scorecard();
        assertThat(card.innings()).hasSize(2);
        for (InningsCard in : card.innings()) {
            assertThat(text).contains(CardText.heading(in));
            for (BattingLine b : in.batting()) {
                assertThat(text)
                        .contains(b.name() + " " + b.dismissal() + " " + b.runs() + " " + b.balls() + " " + b.fours()
                                + " " + b.sixes());
            }
        }
    }

    @Test
    void eachInningsHasItsExtrasTotalFallOfWicketsAndBowling() {
        for (InningsCard in : state.scorecard().innings()) {
            assertThat(text).contains("Total " + CardText.oversNote(in) + " " + CardText.total(in));
            assertThat(text)
                    .contains("Extras (" + CardText.extrasDetail(in.extras()) + ") "
                            + in.extras().total());
            assertThat(text.replace("\n", " ").replace("\r", ""))
                    .contains("Fall of wickets: " + in.fallOfWickets().get(0).wicket() + "-"
                            + in.fallOfWickets().get(0).runs() + " ("
                            + in.fallOfWickets().get(0).player());
            for (BowlingLine b : in.bowling()) {
                assertThat(text)
                        .contains(b.name() + " " + b.overs() + " " + b.maidens() + " " + b.runs() + " " + b.wickets());
            }
        }
    }

    /** The facts the server holds for this match once imported: the file's competition, venue, day and officials. */
    private static MatchFacts facts() {
        return new MatchFacts(
                match.info().competition(),
                match.info().venue(),
                match.info().dates().get(0).atTime(10, 0).toInstant(ZoneOffset.UTC),
                Officials.fromCricsheet(match.info().officials()));
    }

    @Test
    void theResultAndEachOfficialUnderTheirRoleArePrinted() {
        assertThat(text).contains("Result: " + state.scorecard().result().text());
        Map<String, List<String>> inFile = match.info().officials();
        assertThat(inFile.keySet())
                .as("the file names all four roles")
                .containsExactlyInAnyOrder("umpires", "tv_umpires", "reserve_umpires", "match_referees");
        for (OfficialRole role : OfficialRole.values()) {
            List<String> names = inFile.get(role.cricsheetKey());
            assertThat(text).contains(role.label(names.size()) + ": " + String.join(", ", names));
        }
        assertThat(text).doesNotContain("None recorded");
    }

    @Test
    void theTournamentVenueAndDayArePrintedUnderTheTitle() {
        LocalDate day = match.info().dates().get(0);
        String date = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + day.getYear();
        List<String> lines = text.lines().toList();
        int title = lines.indexOf(match.info().teams().get(0).name() + " v "
                + match.info().teams().get(1).name());
        assertThat(title).as("the title line").isNotNegative();
        assertThat(lines.subList(title + 1, title + 4))
                .containsExactly(match.info().competition(), match.info().venue(), date);
    }

    @Test
    void aMatchWithNoOfficialsRecordedSaysSoAndCharactersTheFontLacksDoNotStopIt() throws IOException {
        CardDetails details = new CardDetails("Łódź XI v Café \u2014 Club", List.of(), Map.of(), 6, state.teams());
        byte[] pdf = ScorecardPdf.render(state.scorecard(), details);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(document);
            assertThat(printed).contains("None recorded for this match.").contains("?\u00f3d? XI v Caf\u00e9 - Club");
        }
    }

    /** An ETag of the bytes holds only if a reprint is the same bytes: no clock in the document's ID. */
    @Test
    void theSameCardPrintsToTheSameBytesAndAnotherCardToOtherBytes() throws Exception {
        CardDetails details = CardDetails.of(state, facts());
        byte[] first = ScorecardPdf.render(state.scorecard(), details);
        Thread.sleep(5); // PDFBox's own ID is made from the clock's milliseconds
        byte[] again = ScorecardPdf.render(state.scorecard(), details);
        CardDetails retitled = new CardDetails(
                "Another title", details.facts(), details.officials(), details.ballsPerOver(), details.teams());
        byte[] other = ScorecardPdf.render(state.scorecard(), retitled);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        try (PDDocument a = Loader.loadPDF(first);
                PDDocument b = Loader.loadPDF(other)) {
            assertThat(a.getDocument().getDocumentID().getString(0))
                    .isNotEqualTo(b.getDocument().getDocumentID().getString(0));
        }
    }

    @Test
    void aCardNeedsATitle() {
        assertThatThrownBy(() -> new CardDetails(" ", List.of(), Map.of(), 6, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a card needs a title");
        assertThat(pages).isGreaterThanOrEqualTo(1);
    }
}
