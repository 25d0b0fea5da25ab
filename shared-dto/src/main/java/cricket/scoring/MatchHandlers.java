package cricket.scoring;

import java.util.List;

/** The rules of the match-level events: the start, penalties, targets, the follow-on, squads, the end. */
final class MatchHandlers {
    private MatchHandlers() {}

    static void matchStarted(Fold fold, int seq, MatchStarted e) {
        if (e.tossWinner() != null && !e.teams().stream().anyMatch(t -> t.name().equals(e.tossWinner()))) {
            throw new ScoringException("the toss winner must be one of the two teams "
                    + e.teams().stream().map(Team::name).toList() + ", got " + e.tossWinner());
        }
        fold.start(e.rules(), e.teams());
        fold.note(seq, 0, EventSentences.matchStarted(e));
    }

    static void penaltyAwarded(Fold fold, int seq, PenaltyAwarded e) {
        String team = fold.requireTeam(e.team(), "team awarded penalty runs");
        InningsTally open = fold.open();
        InningsTally target = open != null && open.battingTeam.equals(team) ? open : fold.latestInningsOf(team);
        String where;
        if (target == null) {
            // Law 41.17: a side that has not batted gets them in its next innings.
            fold.addPendingPenalty(team, e.runs());
            where = " (added to its next innings)";
        } else {
            target.addPenalty(e.runs());
            where = target == open ? "" : " (added to innings " + target.number + ")";
        }
        fold.note(seq, open == null ? fold.innings().size() : open.number, EventSentences.penaltyAwarded(e, where));
        if (open != null) {
            fold.closeIfDone(open);
        }
    }

    static void targetRevised(Fold fold, int seq, TargetRevised e) {
        List<InningsTally> regular = fold.regular();
        int chaseIndex = 2 * fold.rules().inningsPerSide() - 1;
        if (e.playAbandoned()) {
            abandonedOnPar(fold, seq, e, regular.size() > chaseIndex ? regular.get(chaseIndex) : null);
            return;
        }
        if (regular.size() > chaseIndex) {
            InningsTally chase = regular.get(chaseIndex);
            chase.revise(e);
            if (!chase.closed) {
                fold.closeIfDone(chase);
            }
        } else {
            fold.setPendingRevision(e);
        }
        fold.note(seq, fold.innings().size(), EventSentences.targetRevised(e, fold.bpo()));
    }

    /** Play abandoned in the chase: it ends where it stands, and the result is decided on the par score. */
    private static void abandonedOnPar(Fold fold, int seq, TargetRevised e, InningsTally chase) {
        if (fold.rules().inningsPerSide() != 1) {
            throw new ScoringException("a par score decides only a limited-overs match: in a two-innings match"
                    + " record the end of play (MatchEnded) instead");
        }
        if (chase == null || chase.closed || fold.open() != chase) {
            throw new ScoringException("play can be abandoned on a par score only while the chase is in progress;"
                    + " before it starts, record the end of play (MatchEnded): no result");
        }
        chase.revise(e);
        chase.close(ClosureReason.CALLED_OFF);
        fold.note(seq, chase.number, EventSentences.targetRevised(e, fold.bpo()));
    }

    static void followOnEnforced(Fold fold, int seq) {
        List<InningsTally> regular = fold.regular();
        if (fold.rules().inningsPerSide() != 2 || regular.size() != 2 || fold.open() != null || fold.followOn()) {
            throw new ScoringException("the follow-on can be enforced only in a two-innings match, once, right after"
                    + " the first two innings have closed");
        }
        InningsTally first = regular.get(0);
        InningsTally second = regular.get(1);
        if (first.runs <= second.runs) {
            throw new ScoringException(first.battingTeam + " does not lead (" + first.runs + " v " + second.runs
                    + "), so cannot enforce the follow-on (Law 14)");
        }
        fold.enforceFollowOn();
        fold.note(seq, 2, EventSentences.followOn(first, second));
    }

    static void playerReplaced(Fold fold, int seq, PlayerReplaced e) {
        String team = fold.requireTeam(e.team(), "team");
        fold.requireInSquad(team, e.playerOut(), "player replaced");
        fold.addToSquad(team, e.playerIn());
        fold.note(seq, fold.innings().size(), EventSentences.playerReplaced(e));
    }

    static void matchEnded(Fold fold, int seq, MatchEnded e) {
        InningsTally open = fold.open();
        if (open != null) {
            open.close(ClosureReason.CALLED_OFF);
        }
        fold.end();
        fold.note(seq, fold.innings().size(), EventSentences.matchEnded(e));
    }

    static void resultRecorded(Fold fold, int seq, ResultRecorded e) {
        InningsTally open = fold.open();
        if (open != null) {
            open.close(ClosureReason.CALLED_OFF);
        }
        fold.record(e);
        fold.note(seq, fold.innings().size(), EventSentences.resultRecorded(e));
    }

    /**
     * The innings the day's close names: the last one, unless it was forfeited (none for none, no ball bowled), then
     * the last one with play, where the match truly stands; a forfeit with none before it is named itself.
     */
    private static InningsTally lastPlayed(Fold fold) {
        List<InningsTally> innings = fold.innings();
        for (int i = innings.size() - 1; i >= 0; i--) {
            if (!innings.get(i).forfeited) {
                return innings.get(i);
            }
        }
        return fold.last();
    }

    /** Law 12.2: time is called at the end of each day's play; the day's close is where the match stands. */
    static void dayEnded(Fold fold, int seq, DayEnded e) {
        List<CloseOfPlay> closes = fold.closesOfPlay();
        int lastDay = closes.isEmpty() ? 0 : closes.get(closes.size() - 1).day();
        if (e.day() <= lastDay) {
            throw new ScoringException("stumps were drawn on day " + lastDay + ": the next close of play is day "
                    + (lastDay + 1) + " or later, got day " + e.day());
        }
        InningsTally in = lastPlayed(fold);
        String text = EventSentences.stumps(fold, e.day(), in);
        fold.closePlay(
                seq,
                in == null
                        ? new CloseOfPlay(seq, e.day(), null, null, 0, 0, 0, "0", false, false, text)
                        : new CloseOfPlay(
                                seq,
                                e.day(),
                                in.number,
                                in.battingTeam,
                                in.runs,
                                in.wickets,
                                in.legalBalls,
                                in.overs(),
                                in.declared,
                                in.closed && in.closure == ClosureReason.ALL_OUT,
                                text));
    }
}
