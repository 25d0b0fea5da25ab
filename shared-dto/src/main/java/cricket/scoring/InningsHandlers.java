package cricket.scoring;

import java.util.List;

/** The rules of the events that start, fill, change and close an innings; each checks, then changes the fold. */
final class InningsHandlers {
    private InningsHandlers() {}

    static void inningsStarted(Fold fold, int seq, InningsStarted e) {
        InningsTally open = fold.open();
        if (open != null) {
            throw new ScoringException(
                    "innings " + open.number + " is still in progress: close it before starting another");
        }
        String batting = fold.requireTeam(e.battingTeam(), "batting team");
        String bowling = fold.other(batting);
        checkInningsOrder(fold, batting, e.superOver());
        fold.requireInSquad(batting, e.striker(), "opening batter");
        fold.requireInSquad(batting, e.nonStriker(), "opening batter");
        fold.requireInSquad(bowling, e.bowler(), "opening bowler");
        InningsTally in = new InningsTally(fold.innings().size() + 1, batting, bowling, e.superOver());
        Integer penalty = fold.takePendingPenalty(batting);
        if (penalty != null) {
            in.addPenalty(penalty);
        }
        in.openWith(e.striker(), e.nonStriker(), e.bowler());
        fold.addInnings(in);
        if (fold.isChase(in)) {
            TargetRevised revision = fold.takePendingRevision();
            if (revision != null) {
                in.revise(revision);
            }
        }
        fold.note(seq, in.number, EventSentences.inningsStarted(e, batting));
    }

    private static void checkInningsOrder(Fold fold, String batting, boolean superOver) {
        List<InningsTally> regular = fold.regular();
        if (superOver) {
            if (!Results.superOverDue(fold)) {
                throw new ScoringException("a super over is played only after a tie in a limited-overs match whose"
                        + " rules settle ties by super over");
            }
            List<InningsTally> supers = fold.supers();
            if (supers.size() % 2 == 1
                    && supers.get(supers.size() - 1).battingTeam.equals(batting)) {
                throw new ScoringException(
                        batting + " has batted in this super over: " + fold.other(batting) + " bats next");
            }
            return;
        }
        if (regular.size() >= 2 * fold.rules().inningsPerSide()) {
            throw new ScoringException("all " + regular.size() + " innings of the match have been played");
        }
        String expected = expectedBattingTeam(fold, regular);
        if (expected != null && !expected.equals(batting)) {
            throw new ScoringException("innings " + (regular.size() + 1) + " is " + expected + "'s to bat, not "
                    + batting + (regular.size() == 2 && !fold.followOn() ? " (record FollowOnEnforced first)" : ""));
        }
    }

    private static String expectedBattingTeam(Fold fold, List<InningsTally> regular) {
        switch (regular.size()) {
            case 0:
                return null;
            case 1:
                return fold.other(regular.get(0).battingTeam);
            case 2:
                return fold.followOn() ? regular.get(1).battingTeam : regular.get(0).battingTeam;
            default:
                return fold.other(regular.get(2).battingTeam).equals(regular.get(0).battingTeam)
                                && regular.get(1).battingTeam.equals(regular.get(2).battingTeam)
                        ? regular.get(0).battingTeam
                        : regular.get(1).battingTeam;
        }
    }

    static void batterIn(Fold fold, int seq, BatterIn e) {
        InningsTally in = fold.requireOpen();
        String name = e.batter();
        if (!in.vacancy()) {
            throw new ScoringException("both batters are at the crease (" + in.strikerEnd + " and " + in.nonStrikerEnd
                    + "): a new batter comes in only after a wicket or retirement");
        }
        if (in.atCrease(name)) {
            throw new ScoringException(name + " is already batting");
        }
        fold.requireInSquad(in.battingTeam, name, "batter");
        InningsTally.BatterTally line = in.batting.get(name);
        if (line != null && line.out) {
            throw new ScoringException(name + " is out and cannot bat again");
        }
        if (line != null && !line.retired) {
            throw new ScoringException(name + " has batted this innings and is not retired, so cannot come in again");
        }
        boolean resuming = in.comeIn(name);
        fold.note(seq, in.number, EventSentences.batterIn(name, resuming));
    }

    static void bowlerChanged(Fold fold, int seq, BowlerChanged e) {
        if (Stage.bowlsOnAsRecorded(fold, e)) {
            InningsTally in = fold.last();
            in.bowlOnPastTheOvers();
            fold.note(seq, in.number, EventSentences.bowlsOn(e));
            return;
        }
        InningsTally in = fold.requireOpen();
        String name = e.bowler();
        fold.requireInSquad(in.bowlingTeam, name, "bowler");
        // The bowler already on, named again before the over is done "as recorded", is a record that the umpires
        // ended the over short and let that bowler go on (it happens in real files); otherwise it is a slip.
        boolean againAfterShortOver = name.equals(in.bowler) && !in.overComplete;
        if (againAfterShortOver && (e.why() != BowlerChanged.Why.AS_RECORDED || in.ballsInOver == 0)) {
            throw new ScoringException(name + " is already bowling");
        }
        boolean midOver = !in.overComplete && in.deliveriesInOver > 0;
        if (midOver && !againAfterShortOver && (e.why() != BowlerChanged.Why.NEW_OVER || in.ballsInOver == 0)) {
            // Law 17.8: the replacement finishes the over; the split over is a maiden for neither bowler.
            String was = in.bowler;
            in.replaceBowlerMidOver(name);
            fold.note(seq, in.number, EventSentences.replacedMidOver(e, was));
            return;
        }
        if (midOver) {
            // A new over named after some legal balls: the umpires ended the over short (Cricsheet miscounted_overs).
            in.completeOver(fold.bpo());
            if (Ball.endsChangeAfterThisOver(fold, in)) {
                in.swapEnds();
            }
        }
        // Law 17.6, unless the change is the record that the umpires let it happen (it does, in real data). A typed
        // note never waives it.
        if (!fold.rules().consecutiveOversAllowed()
                && name.equals(in.lastOverBowler)
                && e.why() != BowlerChanged.Why.AS_RECORDED) {
            throw new ScoringException(name + " bowled over " + (in.completedOvers + (in.overComplete ? 1 : 0))
                    + " and cannot bowl the next over (Law 17.6): choose another bowler");
        }
        if (in.overComplete) {
            in.startNewOver();
        }
        in.bowlerForTheOver(name);
        fold.note(seq, in.number, EventSentences.toBowl(e));
    }

    static void batterRetired(Fold fold, int seq, BatterRetired e) {
        InningsTally in = fold.requireOpen();
        String name = e.batter();
        if (!in.atCrease(name)) {
            throw new ScoringException(name + " is not at the crease, so cannot retire (at the crease: "
                    + EventSentences.crease(in) + ")");
        }
        DismissalKind kind = e.kind().dismissalKind();
        in.retire(name, kind);
        fold.note(seq, in.number, EventSentences.retired(name, kind));
        fold.closeIfDone(in);
    }

    static void absentHurt(Fold fold, int seq, BatterAbsentHurt e) {
        InningsTally in = fold.open();
        if (in == null) {
            throw new ScoringException("no innings is in progress for " + e.batter() + " to be absent hurt from");
        }
        String name = e.batter();
        fold.requireInSquad(in.battingTeam, name, "batter");
        if (in.batting.containsKey(name)) {
            throw new ScoringException(name + " has batted this innings and cannot be absent hurt");
        }
        in.markAbsentHurt(name);
        fold.note(seq, in.number, EventSentences.absentHurt(name));
        fold.closeIfDone(in);
    }

    static void inningsClosed(Fold fold, int seq, InningsClosed e) {
        InningsTally in = fold.last();
        if (in == null) {
            throw new ScoringException("no innings has started, so none can be closed");
        }
        in.closeAsRecorded(e.reason());
        fold.note(seq, in.number, EventSentences.inningsClosed(in, e.reason()));
    }

    static void inningsForfeited(Fold fold, int seq, InningsForfeited e) {
        InningsTally open = fold.open();
        if (open != null) {
            throw new ScoringException(
                    "innings " + open.number + " is in progress: it cannot be followed by a forfeit until it closes");
        }
        String team = fold.requireTeam(e.battingTeam(), "forfeiting team");
        checkInningsOrder(fold, team, false);
        InningsTally in = InningsTally.forfeited(fold.innings().size() + 1, team, fold.other(team));
        fold.addInnings(in);
        fold.note(seq, in.number, EventSentences.forfeited(team));
    }
}
