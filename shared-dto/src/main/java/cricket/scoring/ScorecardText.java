package cricket.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Scorecard} as a person reads a printed one: per innings the batting table (dismissal, R, B, 4s, 6s, SR),
 * extras with their breakdown, the total, the fall of wickets and the bowling table (O, M, R, W, wd, nb, Econ); then
 * in a match played over days each day's close of play; then the result. Plain text, fixed-width columns, so the
 * console and the command line can both show it.
 */
public final class ScorecardText {
    private ScorecardText() {}

    /** @param ballsPerOver the match's balls per over, for economy rates (6, or 5 in The Hundred) */
    public static String render(Scorecard card, int ballsPerOver) {
        return render(card, ballsPerOver, List.of());
    }

    /**
     * As {@link #render(Scorecard, int)}, and with the sides' players known, each innings also names who did not
     * bat (or, in the innings still going on, who is yet to bat), as a printed card does.
     */
    public static String render(Scorecard card, int ballsPerOver, List<Team> teams) {
        if (ballsPerOver < 1) {
            throw new IllegalArgumentException("ballsPerOver must be 1 or more, got " + ballsPerOver);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.join(" v ", card.teams())).append('\n');
        for (InningsCard innings : card.innings()) {
            out.append('\n');
            innings(out, card, innings, ballsPerOver, teams);
        }
        if (!card.closeOfPlay().isEmpty()) {
            out.append("\nClose of play\n");
            card.closeOfPlay()
                    .forEach(c -> out.append("  ").append(closeOfPlay(c)).append('\n'));
        }
        out.append('\n').append(resultLine(card)).append('\n');
        return out.toString();
    }

    /**
     * One day's stumps as a card's "Close of play" lists it, from the scorecard's {@code closeOfPlay}, and as the
     * commentary's stumps line scores it: "Day 1: India 245/3 (90 ov)", "Day 2: England 301 all out (88.4 ov)" (nine
     * down with a batter absent hurt is all out too), "Day 3: India 410/6d (120 ov)", "Day 1: no innings had begun".
     */
    public static String closeOfPlay(CloseOfPlay close) {
        String day = "Day " + close.day() + ": ";
        if (close.battingTeam() == null) {
            return day + "no innings had begun";
        }
        return day + close.battingTeam() + " "
                + CommentaryText.score(close.runs(), close.wickets(), close.allOut(), close.declared()) + " ("
                + close.overs() + " ov)";
    }

    private static String resultLine(Scorecard card) {
        if (card.result() == null) {
            return "Result: not yet decided ("
                    + card.status().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        String line = "Result: " + card.result().text() + (card.resultOfficial() ? " (official result)" : "");
        return card.recordedResult() == null
                ? line
                : line + "\nRecorded result: " + card.recordedResult().text() + " (the balls show the result above)";
    }

    private static void innings(StringBuilder out, Scorecard card, InningsCard in, int ballsPerOver, List<Team> teams) {
        out.append(heading(card, in)).append('\n');
        if (in.forfeited()) {
            out.append("  Innings forfeited\n");
            return;
        }
        int label = batting(out, in.batting());
        out.append(String.format(
                                "  %-" + label + "s %5d  %s",
                                "Extras",
                                in.extras().total(),
                                extras(in.extras()))
                        .stripTrailing())
                .append('\n');
        out.append(String.format("  %-" + label + "s %5s  (%s)\n", "Total", total(in), oversText(in, ballsPerOver)));
        didNotBat(out, card, in, teams);
        if (!in.fallOfWickets().isEmpty()) {
            fallOfWickets(out, in.fallOfWickets());
        }
        bowling(out, in.bowling(), ballsPerOver);
    }

    private static void didNotBat(StringBuilder out, Scorecard card, InningsCard in, List<Team> teams) {
        if (in.superOver()) {
            return;
        }
        List<String> batted = in.batting().stream().map(BattingLine::name).toList();
        List<String> rest = teams.stream()
                .filter(t -> t.name().equals(in.battingTeam()))
                .flatMap(t -> t.players().stream())
                .filter(p -> !batted.contains(p))
                .toList();
        if (rest.isEmpty()) {
            return;
        }
        // Only while the innings is being played (not at a break after it): the last one, with the match in play.
        boolean going = MatchStatus.IN_PROGRESS.name().equals(card.status())
                && in == card.innings().get(card.innings().size() - 1);
        out.append("  ").append(going ? "Yet to bat: " : "Did not bat: ").append(String.join(", ", rest));
        out.append('\n');
    }

    /** "India innings", "England 2nd innings" once a side bats twice, "Super over: India". */
    private static String heading(Scorecard card, InningsCard in) {
        String title;
        if (in.superOver()) {
            title = "Super over: " + in.battingTeam();
        } else {
            long regular = card.innings().stream().filter(i -> !i.superOver()).count();
            long before = card.innings().stream()
                    .filter(i -> !i.superOver() && i.number() < in.number())
                    .filter(i -> i.battingTeam().equals(in.battingTeam()))
                    .count();
            title = in.battingTeam() + (regular > 2 ? (before == 0 ? " 1st" : " 2nd") : "") + " innings"
                    + (followingOn(card, in) ? " (following on)" : "");
        }
        if (in.target() != null) {
            title += "  (target " + in.target().runs()
                    + (in.target().overs() == null
                            ? ""
                            : " from " + overs(in.target().overs())) + ")";
        }
        return title;
    }

    /** The third innings, batted by the side that batted second. */
    private static boolean followingOn(Scorecard card, InningsCard in) {
        List<InningsCard> regular =
                card.innings().stream().filter(i -> !i.superOver()).toList();
        return regular.size() >= 3
                && regular.get(2) == in
                && regular.get(1).battingTeam().equals(in.battingTeam());
    }

    private static String total(InningsCard in) {
        return in.allOut() ? Integer.toString(in.runs()) : in.runs() + "/" + in.wickets();
    }

    /** "(b 4, lb 6, w 15, nb 5)" as printed cards show it: the kinds there were, nothing when there were none. */
    private static String extras(ExtrasCard x) {
        List<String> parts = new ArrayList<>();
        int[] counts = {x.byes(), x.legbyes(), x.wides(), x.noballs(), x.penalty()};
        String[] names = {"b", "lb", "w", "nb", "p"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(names[i] + " " + counts[i]);
            }
        }
        return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
    }

    /** "all out, 43.1 overs, RR 5.21", "declared, 135.5 overs, RR 3.79", "20 overs, 100 balls, RR 7.90". */
    private static String oversText(InningsCard in, int ballsPerOver) {
        String overs = overs(in.overs()) + (ballsPerOver == 6 ? "" : ", " + in.legalBalls() + " balls");
        String rate = in.legalBalls() == 0
                ? ""
                : String.format(Locale.ROOT, ", RR %.2f", in.runs() * (double) ballsPerOver / in.legalBalls());
        return (in.allOut() ? "all out, " : in.declared() ? "declared, " : "") + overs + rate;
    }

    private static String overs(String overs) {
        return overs + ("1".equals(overs) ? " over" : " overs");
    }

    /** "Fall of wickets: 1-19 (DA Warner, 1.4), ..." wrapped to lines of about a hundred characters. */
    private static void fallOfWickets(StringBuilder out, List<FallOfWicket> falls) {
        StringBuilder line = new StringBuilder("  Fall of wickets: ");
        for (int i = 0; i < falls.size(); i++) {
            FallOfWicket f = falls.get(i);
            String item = f.wicket() + "-" + f.runs() + " (" + f.player() + ", " + f.overs() + ")"
                    + (i < falls.size() - 1 ? "," : "");
            if (line.length() + item.length() > 100 && i > 0) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder("                   ");
            }
            line.append(item).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Writes the batting table; returns the width of its name and dismissal columns together. */
    private static int batting(StringBuilder out, List<BattingLine> lines) {
        int name = "Batting".length();
        int how = 1;
        for (BattingLine b : lines) {
            name = Math.max(name, b.name().length());
            how = Math.max(how, b.dismissal().length());
        }
        String row = "  %-" + name + "s  %-" + how + "s %5s %5s %4s %4s %7s\n";
        out.append(String.format(row, "Batting", "", "R", "B", "4s", "6s", "SR"));
        for (BattingLine b : lines) {
            String strikeRate = b.balls() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", 100.0 * b.runs() / b.balls());
            out.append(
                    String.format(row, b.name(), b.dismissal(), b.runs(), b.balls(), b.fours(), b.sixes(), strikeRate));
        }
        return name + 2 + how;
    }

    private static void bowling(StringBuilder out, List<BowlingLine> lines, int ballsPerOver) {
        int name = "Bowling".length();
        for (BowlingLine b : lines) {
            name = Math.max(name, b.name().length());
        }
        String row = "  %-" + name + "s %6s %3s %4s %3s %3s %3s %6s\n";
        out.append(String.format(row, "Bowling", "O", "M", "R", "W", "wd", "nb", "Econ"));
        for (BowlingLine b : lines) {
            String economy = b.legalBalls() == 0
                    ? "-"
                    : String.format(Locale.ROOT, "%.2f", b.runs() * (double) ballsPerOver / b.legalBalls());
            out.append(String.format(
                    row, b.name(), b.overs(), b.maidens(), b.runs(), b.wickets(), b.wides(), b.noballs(), economy));
        }
    }
}
