package cricket.print;

import cricket.scoring.BattingLine;
import cricket.scoring.ExtrasCard;
import cricket.scoring.FallOfWicket;
import cricket.scoring.InningsCard;
import cricket.scoring.MatchStatus;
import cricket.scoring.Scorecard;
import cricket.scoring.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The short texts of a scorecard, as the printed card and the console's tables both show them. */
public final class CardText {
    private CardText() {}

    /** The players of the batting side with no line on the card, in squad order (none for a super over). */
    public static List<String> didNotBat(InningsCard in, List<Team> teams) {
        if (in.superOver()) {
            return List.of();
        }
        List<String> batted = in.batting().stream().map(BattingLine::name).toList();
        return teams.stream()
                .filter(t -> t.name().equals(in.battingTeam()))
                .flatMap(t -> t.players().stream())
                .filter(p -> !batted.contains(p))
                .toList();
    }

    /** "Yet to bat: " while the innings is being played, else "Did not bat: ". */
    public static String didNotBatLabel(Scorecard card, InningsCard in) {
        boolean going = MatchStatus.IN_PROGRESS.name().equals(card.status())
                && in == card.innings().get(card.innings().size() - 1);
        return going ? "Yet to bat: " : "Did not bat: ";
    }

    /** "b 4, lb 6, w 15, nb 5" as printed cards show it: the kinds there were, empty when there were none. */
    public static String extrasDetail(ExtrasCard x) {
        List<String> parts = new ArrayList<>();
        int[] counts = {x.byes(), x.legbyes(), x.wides(), x.noballs(), x.penalty()};
        String[] names = {"b", "lb", "w", "nb", "p"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(names[i] + " " + counts[i]);
            }
        }
        return String.join(", ", parts);
    }

    /** "245" when all out, else "245/7". */
    public static String total(InningsCard in) {
        return in.allOut() ? Integer.toString(in.runs()) : in.runs() + "/" + in.wickets();
    }

    /** "(43.1 overs, all out)", "(20 overs)", "(135.5 overs, declared)". */
    public static String oversNote(InningsCard in) {
        return "(" + in.overs() + ("1".equals(in.overs()) ? " over" : " overs")
                + (in.allOut() ? ", all out" : in.declared() ? ", declared" : in.forfeited() ? ", forfeited" : "")
                + ")";
    }

    /** "Innings 1: Lions", "Super over: Tigers", with the target when the innings chased one. */
    public static String heading(InningsCard in) {
        return (in.superOver() ? "Super over: " : "Innings " + in.number() + ": ")
                + in.battingTeam()
                + (in.target() == null ? "" : "  (target " + in.target().runs() + ")");
    }

    /** "1-19 (DA Warner, 1.4), 2-40 (...)". */
    public static String fallOfWickets(List<FallOfWicket> falls) {
        List<String> parts = new ArrayList<>();
        for (FallOfWicket f : falls) {
            parts.add(f.wicket() + "-" + f.runs() + " (" + f.player() + ", " + f.overs() + ")");
        }
        return String.join(", ", parts);
    }

    /** Runs per 100 balls, "-" before the first ball. */
    public static String strikeRate(int runs, int balls) {
        return balls == 0 ? "-" : String.format(Locale.ROOT, "%.2f", 100.0 * runs / balls);
    }

    /** Runs per over of {@code ballsPerOver} legal balls, "-" before the first. */
    public static String economy(int runs, int legalBalls, int ballsPerOver) {
        return legalBalls == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) ballsPerOver * runs / legalBalls);
    }
}
