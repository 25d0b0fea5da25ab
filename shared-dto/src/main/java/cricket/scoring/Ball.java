package cricket.scoring;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Law-by-law handling of one {@link BallBowled}: the checks, then the totals, ends, over and innings. */
final class Ball {

    /** Law 22.7: off a wide the striker can be stumped, hit wicket, run out or obstructing, never these. */
    private static final Set<DismissalKind> NOT_OFF_A_WIDE =
            EnumSet.of(DismissalKind.BOWLED, DismissalKind.CAUGHT, DismissalKind.CAUGHT_AND_BOWLED, DismissalKind.LBW);

    private Ball() {}

    static void bowled(Fold fold, int seq, Delivery d) {
        InningsTally in = fold.requireOpen();
        boolean newOver = checkBowler(fold, in, d, in.bowlingOn);
        checkBatters(fold, in, d);
        in.stopBowlingOn();
        if (newOver) {
            in.startNewOver();
        }
        in.clearThisOverIfNew();
        String label = in.completedOvers + "." + (in.ballsInOver + 1);
        boolean freeHit = in.freeHit;
        in.count(d);
        moveEnds(fold, in, d);
        in.dismiss(d);
        endOverIfDone(fold, in, d);
        in.freeHitNext(d.extras().noballs() > 0 && fold.rules().freeHitAfterNoBall()
                || d.extras().wides() > 0 && in.freeHit);
        fold.noteBall(seq, in, label, d, CommentaryText.ball(d, freeHit));
        fold.closeIfDone(in);
    }

    /** Returns whether this ball starts a new over (the same bowler may go on when consecutive overs are allowed). */
    private static boolean checkBowler(Fold fold, InningsTally in, Delivery d, boolean reopen) {
        if (in.overComplete) {
            if (!d.bowler().equals(in.bowler)) {
                throw new ScoringException("over " + (in.completedOvers + 1) + " is complete: choose the next bowler"
                        + " before a ball from " + d.bowler());
            }
            // Not allowed to bowl on: the umpires let the over run long (Cricsheet miscounted_overs).
            return !reopen && fold.rules().consecutiveOversAllowed();
        }
        if (!d.bowler().equals(in.bowler)) {
            throw new ScoringException(
                    in.bowler + " is bowling this over: record a bowler change before a ball from " + d.bowler());
        }
        return false;
    }

    private static void checkBatters(Fold fold, InningsTally in, Delivery d) {
        if (in.vacancy()) {
            throw new ScoringException("a batter is needed at the crease: record the new batter before the next ball");
        }
        if (!in.atCrease(d.batter()) || !in.atCrease(d.nonStriker())) {
            throw new ScoringException(in.strikerEnd + " and " + in.nonStrikerEnd + " are at the crease, but the ball"
                    + " names " + d.batter() + " and " + d.nonStriker());
        }
        Set<String> seen = new HashSet<>();
        for (Dismissal out : d.dismissals()) {
            String name = out.playerOut();
            if (!seen.add(name)) {
                throw new ScoringException(name + " cannot be out twice on one ball");
            }
            if (out.kind() == DismissalKind.TIMED_OUT) {
                InningsTally.BatterTally line = in.batting.get(name);
                if (in.atCrease(name) || line != null && line.out) {
                    throw new ScoringException(name + " has already batted, so cannot be timed out");
                }
                fold.requireInSquad(in.battingTeam, name, "batter timed out");
            } else if (!name.equals(d.batter()) && !name.equals(d.nonStriker())) {
                throw new ScoringException("the player out on this ball must be " + d.batter() + " or " + d.nonStriker()
                        + ", got " + name);
            }
            if (name.equals(d.batter())) {
                refuseWhatTheBallRulesOut(in.freeHit, d, name, out.kind());
            }
        }
    }

    /**
     * A no-ball (Law 21.18) and a free hit protect the striker from every out that credits the bowler; a wide
     * (Law 22.7) from the ball's own outs.
     */
    private static void refuseWhatTheBallRulesOut(boolean freeHit, Delivery d, String striker, DismissalKind kind) {
        boolean noBall = d.extras().noballs() > 0;
        if ((noBall || freeHit) && kind.creditsBowler()) {
            throw new ScoringException((noBall ? "a no-ball" : "this ball is a free hit") + ": " + striker
                    + " cannot be out " + kind.cricsheetName()
                    + " (only run out, obstructing the field, handled the ball or hit the ball twice)");
        }
        if (d.extras().wides() > 0 && NOT_OFF_A_WIDE.contains(kind)) {
            throw new ScoringException("a wide: " + striker + " cannot be out " + kind.cricsheetName()
                    + " (only stumped, hit wicket, run out or obstructing the field)");
        }
    }

    /** Law 18: strike changes on odd runs actually run; a caught batter's replacement end follows the rules. */
    private static void moveEnds(Fold fold, InningsTally in, Delivery d) {
        in.placeBatters(d.batter(), d.nonStriker());
        boolean caught = d.dismissals().stream()
                .anyMatch(o -> o.kind() == DismissalKind.CAUGHT || o.kind() == DismissalKind.CAUGHT_AND_BOWLED);
        boolean runOut = d.dismissals().stream().anyMatch(o -> o.kind() == DismissalKind.RUN_OUT);
        if (caught) {
            // Law 18.11 (2022): the new batter takes strike whatever the crossing; before that, crossing decided.
            if (!fold.rules().caughtBatterReplacedAtStrikersEnd() && d.crossed()) {
                in.swapEnds();
            }
            return;
        }
        if (runsRun(fold, d) % 2 == 1) {
            in.swapEnds();
        }
        if (runOut && d.crossed()) {
            in.swapEnds();
        }
    }

    /** Runs the batters actually ran: boundaries and penalties are not run; a wide's first run is the penalty. */
    static int runsRun(Fold fold, Delivery d) {
        Extras x = d.extras();
        int bat = d.boundary() ? 0 : d.batterRuns();
        int wides = Math.max(0, x.wides() - 1);
        int noballs = Math.max(0, x.noballs() - fold.rules().noBallRuns());
        return bat + x.byes() + x.legbyes() + wides + noballs;
    }

    private static void endOverIfDone(Fold fold, InningsTally in, Delivery d) {
        int perOver = fold.bpo();
        in.spoilLongOverMaiden();
        if (!d.legal() || in.ballsInOver < perOver) {
            return;
        }
        if (in.ballsInOver == perOver) {
            in.completeOver(perOver);
        }
        if (endsChangeAfterThisOver(fold, in)) {
            in.swapEnds();
        }
    }

    /**
     * Law 17.4: ends change at the end of each over. Where a bowler may bowl two sets in a row (The Hundred), the
     * ends change every ten balls: after every second set.
     */
    static boolean endsChangeAfterThisOver(Fold fold, InningsTally in) {
        return !fold.rules().consecutiveOversAllowed() || in.completedOvers % 2 == 1;
    }
}
