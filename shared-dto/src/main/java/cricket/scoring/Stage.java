package cricket.scoring;

import java.util.Set;

/**
 * What may follow the match at its stage, by type of event: before the start, once a result stands, once an innings
 * is closed. The one rule behind {@link Fold#apply} and {@link MatchState#refusal}; it reads the fold, never changes
 * it.
 */
final class Stage {
    private Stage() {}

    /** Events that belong to the innings in progress: none may follow once it is closed. */
    private static final Set<Class<? extends MatchEvent>> IN_AN_INNINGS = Set.of(
            BallBowled.class,
            BatterIn.class,
            BowlerChanged.class,
            BatterRetired.class,
            BatterAbsentHurt.class,
            InningsClosed.class);

    /**
     * Why no event of this type may follow the match as it stands, or null: before the start only
     * {@link MatchStarted}; once the match has a result only corrections and an official result; once an innings is
     * closed nothing that belongs to it. The one rule behind both {@link Fold#apply} and {@link MatchState#accepts}.
     */
    static String refusal(Fold fold, Class<? extends MatchEvent> type) {
        if (type == Undo.class || type == ReplaceBall.class) {
            return null; // MatchState applies corrections: it re-folds, and this rule holds for every event re-folded
        }
        if (fold.rules() == null) {
            return type == MatchStarted.class
                    ? null
                    : "the match has not started: record the toss and teams (MatchStarted) first";
        }
        if (type == MatchStarted.class) {
            return "the match has already started: the toss and teams are recorded once";
        }
        Result result = fold.result();
        if (result != null && type != ResultRecorded.class) {
            return "the match is over: " + result.text() + "; to change it, undo or replace a ball";
        }
        if (fold.ended() && type != ResultRecorded.class) {
            return "the match has ended: nothing more can be scored; to change it, undo or replace a ball";
        }
        if (type == DayEnded.class && !fold.rules().playedOverDays()) {
            return "stumps end a day only in a match played over days (two innings a side): this match is one"
                    + " innings a side, so record the end of play (MatchEnded) if play stops";
        }
        InningsTally last = fold.last();
        if (last != null && last.closed && IN_AN_INNINGS.contains(type)) {
            return "innings " + last.number + " (" + last.battingTeam + ") is closed (" + howClosed(last)
                    + "): nothing more belongs to it; "
                    + (fold.next() == NextAction.START_INNINGS
                            ? "start the next innings"
                            : "record the end of the match or its result")
                    + ", or undo or replace a ball to change it";
        }
        return null;
    }

    /** What the scorer must record next, at this stage. */
    static NextAction next(Fold fold) {
        if (fold.rules() == null) {
            return NextAction.START_MATCH;
        }
        if (fold.result() != null || fold.ended()) {
            return NextAction.MATCH_OVER;
        }
        InningsTally in = fold.open();
        if (in == null) {
            boolean more = fold.regular().size() < 2 * fold.rules().inningsPerSide() || Results.superOverDue(fold);
            return more ? NextAction.START_INNINGS : NextAction.MATCH_OVER;
        }
        if (in.vacancy()) {
            return NextAction.NEW_BATTER;
        }
        return in.overComplete ? NextAction.NEW_BOWLER : NextAction.BALL;
    }

    /** {@link #refusal} for this event, which may be the one record that re-opens an innings. Changes nothing. */
    static String refusalOf(Fold fold, MatchEvent event) {
        String refusal = refusal(fold, event.getClass());
        return refusal == null || bowlsOnAsRecorded(fold, event) ? null : refusal;
    }

    private static String howClosed(InningsTally in) {
        if (in.forfeited) {
            return "forfeited";
        }
        switch (in.closure) {
            case ALL_OUT:
                return "all out";
            case OVERS_COMPLETE:
                return "its overs are done";
            case TARGET_REACHED:
                return "the target is reached";
            case DECLARED:
                return "declared";
            default:
                return "play was called off";
        }
    }

    /**
     * The record of a long last over (Cricsheet {@code miscounted_overs}): the innings closed on its overs, and the
     * same bowler is named again {@link BowlerChanged.Why#AS_RECORDED}, saying the umpires let the over run on. A scorer's
     * stray ball is refused; only this explicit record re-opens the innings, for one ball.
     */
    static boolean bowlsOnAsRecorded(Fold fold, MatchEvent event) {
        InningsTally last = fold.last();
        return event instanceof BowlerChanged
                && ((BowlerChanged) event).why() == BowlerChanged.Why.AS_RECORDED
                && fold.result() == null
                && !fold.ended()
                && last != null
                && last.closedByOvers
                && ((BowlerChanged) event).bowler().equals(last.bowler);
    }
}
