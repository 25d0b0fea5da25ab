package cricket.cricsheet;

import cricket.scoring.BatterRetired;
import cricket.scoring.Delivery;
import cricket.scoring.Dismissal;
import cricket.scoring.DismissalKind;
import cricket.scoring.RetirementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A retirement a file records on a ball of a player on neither end: the next batter in, who retired before facing
 * (Law 25.4.3 retired out; 1208093.json records it on the ball that brought him in). A ball can only dismiss the two
 * batters it names, so the reader takes the retirement off the ball and records it after, as the batter coming in and
 * retiring.
 */
final class RetiredAway {
    private RetiredAway() {}

    /** The ball without its retirements away from the crease. */
    static Delivery without(Delivery d) {
        List<Dismissal> kept =
                d.dismissals().stream().filter(out -> !away(d, out)).toList();
        if (kept.size() == d.dismissals().size()) {
            return d;
        }
        return new Delivery(
                d.bowler(),
                d.batter(),
                d.nonStriker(),
                d.batterRuns(),
                d.nonBoundary(),
                d.extras(),
                kept,
                d.crossed(),
                d.commentary());
    }

    /** The retirements {@link #without} took off {@code recorded}, in the file's order. */
    static List<BatterRetired> after(Delivery recorded, Delivery ball) {
        List<BatterRetired> retired = new ArrayList<>();
        if (recorded == ball) {
            return retired;
        }
        for (Dismissal out : recorded.dismissals()) {
            if (away(recorded, out)) {
                retired.add(new BatterRetired(out.playerOut(), kind(out.kind())));
            }
        }
        return retired;
    }

    private static boolean away(Delivery d, Dismissal out) {
        boolean retirement = out.kind() == DismissalKind.RETIRED_OUT
                || out.kind() == DismissalKind.RETIRED_HURT
                || out.kind() == DismissalKind.RETIRED_NOT_OUT;
        return retirement
                && !out.playerOut().equals(d.batter())
                && !out.playerOut().equals(d.nonStriker());
    }

    private static RetirementKind kind(DismissalKind kind) {
        return kind == DismissalKind.RETIRED_OUT
                ? RetirementKind.OUT
                : kind == DismissalKind.RETIRED_HURT ? RetirementKind.HURT : RetirementKind.NOT_OUT;
    }
}
