package cricket.scoring;

import java.util.List;

/**
 * A match as one line of a results list reads it, each innings' score then the outcome: "Sunrisers Hyderabad 207/4
 * (20)", "Royal Challengers Bangalore 172 all out (19.4)", "Sunrisers Hyderabad won by 35 runs". The server renders
 * these once with a cached list, so a page of results reads no scorecard per match.
 */
public final class ScoreLines {
    private ScoreLines() {}

    /** Every innings of the card in the order played, super overs named as such. */
    public static List<String> innings(Scorecard card) {
        return card.innings().stream().map(ScoreLines::innings).toList();
    }

    /** "India 245 all out (61.2)", "Super over: India 11/1 (1)", "Australia innings forfeited". */
    public static String innings(InningsCard innings) {
        String side = (innings.superOver() ? "Super over: " : "") + innings.battingTeam();
        if (innings.forfeited()) {
            return side + " innings forfeited";
        }
        return side + " "
                + CommentaryText.score(innings.runs(), innings.wickets(), innings.allOut(), innings.declared())
                + " (" + innings.overs() + ")";
    }

    /** The result as decided or recorded, or null while there is none (a match abandoned without one). */
    public static String outcome(Scorecard card) {
        return card.result() == null ? null : card.result().text();
    }
}
