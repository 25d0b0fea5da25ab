package cricket.desktop.scoring;

import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.Extras;
import cricket.scoring.MatchEvent;
import cricket.scoring.PenaltyAwarded;
import java.util.ArrayList;
import java.util.List;

/** A short line for an event that is not in the match (set aside after a conflict), so the scorer can re-enter it. */
final class EventText {
    private EventText() {}

    static String describe(MatchEvent event) {
        if (event instanceof BallBowled ball) {
            return ball(ball.delivery());
        }
        if (event instanceof PenaltyAwarded penalty) {
            return penalty.runs() + " penalty runs to " + penalty.team();
        }
        return event.typeName();
    }

    private static String ball(Delivery d) {
        List<String> parts = new ArrayList<>();
        if (d.batterRuns() > 0 || d.extras().equals(Extras.NONE)) {
            parts.add(d.batterRuns() + (d.batterRuns() == 1 ? " run" : " runs"));
        }
        Extras x = d.extras();
        addIf(parts, x.wides(), "wd");
        addIf(parts, x.noballs(), "nb");
        addIf(parts, x.byes(), "b");
        addIf(parts, x.legbyes(), "lb");
        for (Dismissal out : d.dismissals()) {
            parts.add("WICKET " + out.playerOut() + " " + out.kind());
        }
        return d.bowler() + " to " + d.batter() + ": " + String.join(", ", parts);
    }

    private static void addIf(List<String> parts, int runs, String kind) {
        if (runs > 0) {
            parts.add(runs + kind);
        }
    }
}
