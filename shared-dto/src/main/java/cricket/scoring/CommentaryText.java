package cricket.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the scorecard and commentary: dismissal lines, ball outcomes, this-over symbols. */
final class CommentaryText {
    private CommentaryText() {}

    /** "c Smith b Starc", "run out (Buttler/Root)", "lbw b Starc", "retired hurt". */
    static String dismissal(Dismissal dismissal, String bowler) {
        List<String> fielders =
                dismissal.fielders().stream().map(CommentaryText::fielder).collect(Collectors.toList());
        String first = fielders.isEmpty() ? null : fielders.get(0);
        switch (dismissal.kind()) {
            case BOWLED:
                return "b " + bowler;
            case CAUGHT:
                if (first == null) {
                    return "caught b " + bowler;
                }
                return first.equals(bowler) ? "c & b " + bowler : "c " + first + " b " + bowler;
            case CAUGHT_AND_BOWLED:
                return "c & b " + bowler;
            case LBW:
                return "lbw b " + bowler;
            case STUMPED:
                return first == null ? "st b " + bowler : "st " + first + " b " + bowler;
            case HIT_WICKET:
                return "hit wicket b " + bowler;
            case RUN_OUT:
                return fielders.isEmpty() ? "run out" : "run out (" + String.join("/", fielders) + ")";
            default:
                return dismissal.kind().cricsheetName();
        }
    }

    private static String fielder(Fielder fielder) {
        if (fielder.name() == null) {
            return "sub";
        }
        return fielder.substitute() ? "sub (" + fielder.name() + ")" : fielder.name();
    }

    /**
     * "Starc to Kohli, FOUR, ..."; where the scorer wrote the ball's commentary, those words win over the generated
     * description: "Starc to Kohli, driven through the covers for four".
     */
    static String ball(Delivery d, boolean freeHit) {
        if (d.commentary() != null) {
            return d.bowler() + " to " + d.batter() + ", " + d.commentary();
        }
        List<String> parts = new ArrayList<>();
        if (freeHit) {
            parts.add("free hit");
        }
        Extras x = d.extras();
        if (x.wides() > 0) {
            parts.add(x.wides() == 1 ? "wide" : x.wides() + " wides");
        }
        if (x.noballs() > 0) {
            parts.add("no-ball");
        }
        if (d.batterRuns() > 0) {
            parts.add(d.boundary() ? (d.batterRuns() == 4 ? "FOUR" : "SIX") : plural(d.batterRuns(), "run"));
        }
        if (x.byes() > 0) {
            parts.add(plural(x.byes(), "bye"));
        }
        if (x.legbyes() > 0) {
            parts.add(plural(x.legbyes(), "leg bye"));
        }
        if (x.penalty() > 0) {
            parts.add(x.penalty() + " penalty runs");
        }
        for (Dismissal out : d.dismissals()) {
            String how = dismissal(out, d.bowler());
            if (!out.kind().isWicket()) {
                parts.add(out.playerOut() + " " + how);
            } else {
                parts.add(out.playerOut().equals(d.batter()) ? "OUT! " + how : "OUT! " + out.playerOut() + " " + how);
            }
        }
        if (parts.isEmpty() || (parts.size() == 1 && freeHit)) {
            parts.add("no run");
        }
        return d.bowler() + " to " + d.batter() + ", " + String.join(", ", parts);
    }

    /** The symbol in "this over": "0", "4", "W", "1W", "2wd", "1nb", "1lb", "2b", with "+5p" for penalties. */
    static String symbol(Delivery d) {
        Extras x = d.extras();
        String base;
        if (x.wides() > 0) {
            base = x.wides() + "wd";
        } else if (x.noballs() > 0) {
            base = (x.noballs() + d.batterRuns() + x.byes() + x.legbyes()) + "nb";
        } else if (x.byes() > 0) {
            base = x.byes() + "b";
        } else if (x.legbyes() > 0) {
            base = x.legbyes() + "lb";
        } else {
            base = Integer.toString(d.batterRuns());
        }
        if (x.penalty() > 0) {
            base = base + "+" + x.penalty() + "p";
        }
        boolean wicket = d.dismissals().stream().anyMatch(out -> out.kind().isWicket());
        if (!wicket) {
            return base;
        }
        return "0".equals(base) ? "W" : base + "W";
    }

    /**
     * An innings' score as every line of ours writes it: "245 all out" (nine down with a batter absent hurt is all out
     * too), "410/6d", "74/3".
     */
    static String score(int runs, int wickets, boolean allOut, boolean declared) {
        return allOut ? runs + " all out" : runs + "/" + wickets + (declared ? "d" : "");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Legal balls in over.ball form: 59 balls of 6 is "9.5", 120 is "20". */
    static String overs(int legalBalls, int ballsPerOver) {
        int part = legalBalls % ballsPerOver;
        return part == 0 ? Integer.toString(legalBalls / ballsPerOver) : legalBalls / ballsPerOver + "." + part;
    }
}
