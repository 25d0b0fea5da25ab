package cricket.scoring;

import java.util.List;

/**
 * The result as the innings show it (CRICSHEET-FORMAT.md §6.9), unless the officials recorded one. Margins count
 * regular innings only: super-over runs never enter them.
 */
final class Results {
    private Results() {}

    static Result of(MatchFacts fold) {
        if (fold.recorded() != null) {
            return fold.recorded();
        }
        MatchRules rules = fold.rules();
        if (rules == null) {
            return null;
        }
        Result derived = rules.inningsPerSide() == 1 ? limited(fold) : twoInnings(fold);
        if (derived == null && fold.besideTheBalls() != null) {
            return fold.besideTheBalls(); // the balls decide nothing after all: the record is all there is
        }
        if (derived != null || !fold.ended()) {
            return derived;
        }
        return rules.inningsPerSide() == 1
                ? new Result("No result", null, ResultKind.NO_RESULT, null, null, null, null)
                : new Result("Match drawn", null, ResultKind.DRAW, null, null, null, null);
    }

    private static Result limited(MatchFacts fold) {
        List<InningsTally> regular = fold.regular();
        if (regular.size() < 2) {
            return null;
        }
        InningsTally chase = regular.get(1);
        if (chase.revision != null && chase.revision.playAbandoned()) {
            return onPar(chase);
        }
        Result decided = chaseDecided(fold, chase);
        if (decided != null || !isTie(fold, chase)) {
            return decided;
        }
        return tie(fold, method(chase));
    }

    private static Result twoInnings(MatchFacts fold) {
        List<InningsTally> regular = fold.regular();
        if (regular.size() == 3) {
            InningsTally third = regular.get(2);
            boolean battedOut = third.closed && (third.closure == ClosureReason.ALL_OUT || third.forfeited);
            int own = total(regular, third.battingTeam);
            int opponent = total(regular, third.bowlingTeam);
            if (battedOut && own < opponent) {
                return new Result(
                        third.bowlingTeam + " won by an innings and " + CommentaryText.plural(opponent - own, "run"),
                        third.bowlingTeam,
                        ResultKind.INNINGS,
                        opponent - own,
                        null,
                        null,
                        null);
            }
        }
        if (regular.size() == 4) {
            InningsTally fourth = regular.get(3);
            Result decided = chaseDecided(fold, fourth);
            if (decided != null) {
                return decided;
            }
            boolean battedOut = fourth.closed && (fourth.closure == ClosureReason.ALL_OUT || fourth.forfeited);
            if (battedOut && isTie(fold, fourth)) {
                return tie(fold, method(fourth));
            }
        }
        return null;
    }

    /** A win for either side once the chase reached its target or finished short of it; null if level or going. */
    private static Result chaseDecided(MatchFacts fold, InningsTally chase) {
        Targets.Spec target = Targets.of(fold, chase);
        String method = method(chase);
        if (chase.runs >= target.runs()) {
            int margin = Math.max(0, 10 - chase.wickets - chase.absentHurt.size());
            return win(chase.battingTeam, ResultKind.WICKETS, margin, CommentaryText.plural(margin, "wicket"), method);
        }
        if (!finished(fold, chase)) {
            return null;
        }
        // With a revised target the margin is measured from it: (target - 1) - the chasing total.
        int margin = target.runs() - 1 - chase.runs;
        return margin > 0
                ? win(chase.bowlingTeam, ResultKind.RUNS, margin, CommentaryText.plural(margin, "run"), method)
                : null;
    }

    /**
     * Play abandoned in the chase (ICC playing conditions, DLS): ahead of par the chasing side wins by its score less
     * par, behind it the fielding side by par less that score, both in runs; level on par is a tie (no super over:
     * there is no more play).
     */
    private static Result onPar(InningsTally chase) {
        String method = chase.revision.method();
        int ahead = chase.runs - chase.revision.par();
        if (ahead == 0) {
            return new Result("Match tied" + by(method), null, ResultKind.TIE, null, method, null, null);
        }
        String winner = ahead > 0 ? chase.battingTeam : chase.bowlingTeam;
        int margin = Math.abs(ahead);
        return win(winner, ResultKind.RUNS, margin, CommentaryText.plural(margin, "run"), method);
    }

    private static boolean finished(MatchFacts fold, InningsTally chase) {
        if (!chase.closed || chase.closure == ClosureReason.CALLED_OFF) {
            return false;
        }
        return fold.rules().inningsPerSide() == 1 || chase.closure == ClosureReason.ALL_OUT || chase.forfeited;
    }

    private static boolean isTie(MatchFacts fold, InningsTally chase) {
        return finished(fold, chase) && chase.runs == Targets.of(fold, chase).runs() - 1;
    }

    /** Whether the regular innings of a limited-overs match ended level. */
    static boolean regularTie(MatchFacts fold) {
        List<InningsTally> regular = fold.regular();
        return regular.size() == 2 && isTie(fold, regular.get(1));
    }

    /** A tie, settled by super overs when the rules say so: pairs are played while they stay level. */
    private static Result tie(MatchFacts fold, String method) {
        if (!fold.rules().superOverOnTie() || fold.rules().inningsPerSide() != 1) {
            return new Result("Match tied" + by(method), null, ResultKind.TIE, null, method, null, null);
        }
        List<InningsTally> supers = fold.supers();
        for (int i = 0; i + 1 < supers.size(); i += 2) {
            InningsTally first = supers.get(i);
            InningsTally second = supers.get(i + 1);
            if (!second.closed) {
                return null;
            }
            if (first.runs != second.runs) {
                String winner = first.runs > second.runs ? first.battingTeam : second.battingTeam;
                return new Result(
                        "Match tied (" + winner + " won the super over)",
                        null,
                        ResultKind.TIE,
                        null,
                        method,
                        winner,
                        null);
            }
        }
        return fold.ended() ? new Result("Match tied", null, ResultKind.TIE, null, method, null, null) : null;
    }

    private static Result win(String team, ResultKind kind, int margin, String by, String method) {
        String text = team + " won by " + by + by(method);
        return new Result(text, team, kind, margin, method, null, null);
    }

    /** The method after a result, as the record of a match gives it: " (D/L)". */
    private static String by(String method) {
        return method == null ? "" : " (" + method + ")";
    }

    private static String method(InningsTally chase) {
        return chase.revision == null ? null : chase.revision.method();
    }

    private static int total(List<InningsTally> regular, String team) {
        return regular.stream()
                .filter(in -> in.battingTeam.equals(team))
                .mapToInt(in -> in.runs)
                .sum();
    }

    /** Whether the next innings may be a super over: the regular innings ended in a tie and every pair tied. */
    static boolean superOverDue(MatchFacts fold) {
        if (!fold.rules().limitedOvers() || !fold.rules().superOverOnTie() || fold.recorded() != null || fold.ended()) {
            return false;
        }
        List<InningsTally> regular = fold.regular();
        if (regular.size() != 2 || !regular.get(1).closed || !regularTie(fold)) {
            return false;
        }
        List<InningsTally> supers = fold.supers();
        for (int i = 0; i + 1 < supers.size(); i += 2) {
            if (supers.get(i).runs != supers.get(i + 1).runs) {
                return false;
            }
        }
        return true;
    }
}
