package cricket.print;

import cricket.scoring.BattingLine;
import cricket.scoring.BowlingLine;
import cricket.scoring.CloseOfPlay;
import cricket.scoring.InningsCard;
import cricket.scoring.Scorecard;
import cricket.scoring.ScorecardText;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed scorecard: the title and the result, then each innings in the order played (batting with how each
 * batter was out, extras, total, who did not bat, fall of wickets, bowling), then each day's close of play in a
 * match played over days, then the officials. Pure: the same card and details give the same pages.
 */
public final class ScorecardPdf {
    private static final float BODY = 9;
    private static final float ROW = 12;
    /** Right edges of the batting figures (R, B, 4s, 6s, SR) and the bowling figures (O, M, R, W, Wd, Nb, Econ). */
    private static final float[] BAT_COLUMNS = {370, 400, 425, 450, 515};

    private static final float[] BOWL_COLUMNS = {250, 280, 315, 345, 380, 415, 470};

    private ScorecardPdf() {}

    public static byte[] render(Scorecard card, CardDetails details) {
        try (PdfPages pages = new PdfPages()) {
            pages.space(18);
            pages.text(0, details.title(), 16, true);
            for (String fact : details.facts()) {
                pages.space(13);
                pages.text(0, fact, 10, false);
            }
            pages.space(16);
            pages.text(
                    0,
                    card.result() == null
                            ? "Result: match in progress"
                            : "Result: " + card.result().text(),
                    11,
                    true);
            for (InningsCard in : card.innings()) {
                innings(pages, card, in, details);
            }
            closeOfPlay(pages, card.closeOfPlay());
            officials(pages, details.officials());
            return pages.finish();
        }
    }

    /** Each day's stumps, as the text card lists them; nothing in a match that had none. */
    private static void closeOfPlay(PdfPages pages, List<CloseOfPlay> closes) {
        if (closes.isEmpty()) {
            return;
        }
        pages.space(26);
        pages.text(0, "Close of play", 12, true);
        pages.rule();
        for (CloseOfPlay close : closes) {
            pages.paragraph(ScorecardText.closeOfPlay(close), BODY, ROW + 2);
        }
    }

    private static void innings(PdfPages pages, Scorecard card, InningsCard in, CardDetails details) {
        pages.space(26);
        pages.text(0, CardText.heading(in), 12, true);
        pages.rule();
        pages.space(ROW + 2);
        pages.text(0, "Batter", BODY, true);
        pages.text(120, "How out", BODY, true);
        header(pages, BAT_COLUMNS, "R", "B", "4s", "6s", "SR");
        for (BattingLine b : in.batting()) {
            pages.space(ROW);
            pages.text(0, pages.fit(b.name(), BODY, 115), BODY, false);
            pages.text(120, pages.fit(b.dismissal(), BODY, 220), BODY, false);
            figures(
                    pages,
                    BAT_COLUMNS,
                    Integer.toString(b.runs()),
                    Integer.toString(b.balls()),
                    Integer.toString(b.fours()),
                    Integer.toString(b.sixes()),
                    CardText.strikeRate(b.runs(), b.balls()));
        }
        pages.space(ROW + 2);
        String detail = CardText.extrasDetail(in.extras());
        pages.text(0, "Extras", BODY, false);
        pages.text(120, detail.isEmpty() ? "" : "(" + detail + ")", BODY, false);
        pages.right(BAT_COLUMNS[0], Integer.toString(in.extras().total()), BODY, false);
        pages.space(ROW);
        pages.text(0, "Total", BODY, true);
        pages.text(120, CardText.oversNote(in), BODY, false);
        pages.right(BAT_COLUMNS[0], CardText.total(in), BODY, true);
        List<String> rest = CardText.didNotBat(in, details.teams());
        if (!rest.isEmpty()) {
            pages.paragraph(CardText.didNotBatLabel(card, in) + String.join(", ", rest), BODY, ROW + 2);
        }
        if (!in.fallOfWickets().isEmpty()) {
            pages.paragraph("Fall of wickets: " + CardText.fallOfWickets(in.fallOfWickets()), BODY, ROW + 2);
        }
        pages.space(ROW + 6);
        pages.text(0, "Bowler", BODY, true);
        header(pages, BOWL_COLUMNS, "O", "M", "R", "W", "Wd", "Nb", "Econ");
        for (BowlingLine b : in.bowling()) {
            pages.space(ROW);
            pages.text(0, pages.fit(b.name(), BODY, 180), BODY, false);
            figures(
                    pages,
                    BOWL_COLUMNS,
                    b.overs(),
                    Integer.toString(b.maidens()),
                    Integer.toString(b.runs()),
                    Integer.toString(b.wickets()),
                    Integer.toString(b.wides()),
                    Integer.toString(b.noballs()),
                    CardText.economy(b.runs(), b.legalBalls(), details.ballsPerOver()));
        }
    }

    private static void officials(PdfPages pages, Map<String, List<String>> officials) {
        pages.space(26);
        pages.text(0, "Officials", 12, true);
        pages.rule();
        if (officials.isEmpty()) {
            pages.paragraph("None recorded for this match.", BODY, ROW + 2);
            return;
        }
        officials.forEach(
                (role, names) -> pages.paragraph(role(role) + ": " + String.join(", ", names), BODY, ROW + 2));
    }

    /** "match_referees" as "Match referees". */
    private static String role(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static void header(PdfPages pages, float[] columns, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            pages.right(columns[i], titles[i], BODY, true);
        }
    }

    private static void figures(PdfPages pages, float[] columns, String... values) {
        for (int i = 0; i < values.length; i++) {
            pages.right(columns[i], values[i], BODY, false);
        }
    }
}
