package cricket.cricsheet;

import cricket.scoring.MatchEnded;
import cricket.scoring.MatchEvent;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.ResultRecorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The events that end a match the engine would not finish by itself: {@link MatchEnded} for draws, no results and
 * stopped play, and {@link ResultRecorded} only where the balls cannot show the result (awarded, bowl-out, a par
 * score when the chase was stopped, a tie settled after tied super overs).
 */
final class MatchEnding {
    private MatchEnding() {}

    static List<MatchEvent> events(MatchInfo info, List<PlayedInnings> played) {
        MatchInfo.Outcome outcome = info.outcome();
        List<MatchEvent> events = new ArrayList<>();
        if (outcome == null) {
            return events; // a match still in progress
        }
        ResultKind kind = outcome.kind();
        PlayedInnings last = played.isEmpty() ? null : played.get(played.size() - 1);
        boolean playFinished = last != null && last.endedByEngine() && !last.declared();
        boolean recorded = needsRecord(info, outcome, kind, playFinished, played);
        // Where the balls finished the match the engine may have a result already, and then takes nothing more but
        // an official one: the record alone says what the balls cannot.
        boolean playEnded = !playFinished || kind == ResultKind.DRAW || kind == ResultKind.NO_RESULT;
        if (playEnded && !(playFinished && recorded)) {
            events.add(new MatchEnded(outcome.result() != null ? outcome.result() : "play ended"));
        }
        if (recorded) {
            events.add(new ResultRecorded(result(outcome, kind)));
        } else if (playFinished && differsFromTheBalls(info, outcome, played)) {
            events.add(new ResultRecorded(result(outcome, kind), ResultRecorded.Standing.BESIDE_THE_BALLS));
        }
        return events;
    }

    /**
     * Whether the outcome of a finished one-innings-a-side match differs from what its balls decide (CRICSHEET-FORMAT.md
     * §6.9), worked out from the reader's own totals: a slip in the source, shown beside the balls' result.
     */
    private static boolean differsFromTheBalls(MatchInfo info, MatchInfo.Outcome outcome, List<PlayedInnings> played) {
        List<PlayedInnings> regular =
                played.stream().filter(p -> !p.superOver()).toList();
        if (info.rules().inningsPerSide() != 1
                || regular.size() != 2
                || regular.get(1).target() == null) {
            return false;
        }
        PlayedInnings first = regular.get(0);
        PlayedInnings chase = regular.get(1);
        int target = chase.target();
        ResultKind kind;
        String winner;
        Integer margin;
        if (chase.runs() >= target) {
            kind = ResultKind.WICKETS;
            winner = chase.team();
            margin = Math.max(0, 10 - chase.wickets() - chase.absentHurt());
        } else if (chase.runs() < target - 1) {
            kind = ResultKind.RUNS;
            winner = first.team();
            margin = target - 1 - chase.runs();
        } else {
            kind = ResultKind.TIE;
            winner = null;
            margin = null;
        }
        ResultKind filed = outcome.kind();
        if (filed != ResultKind.RUNS && filed != ResultKind.WICKETS && filed != ResultKind.TIE) {
            return false;
        }
        boolean same = filed == kind
                && (kind == ResultKind.TIE || winner.equals(outcome.winner()))
                && Objects.equals(margin, outcome.margin());
        return !same;
    }

    private static boolean needsRecord(
            MatchInfo info,
            MatchInfo.Outcome outcome,
            ResultKind kind,
            boolean playFinished,
            List<PlayedInnings> played) {
        if (kind == ResultKind.AWARDED || outcome.bowlOutWinner() != null) {
            return true;
        }
        int perSide = info.rules().inningsPerSide();
        long regular = played.stream().filter(p -> !p.superOver()).count();
        if (outcome.winner() != null) {
            // The engine derives a win only from a finished last innings: a chase, or the third innings of an
            // innings win. Otherwise (a par score when rain stopped the chase, a two-innings match decided
            // on first innings) the file's result is recorded.
            boolean derivable = perSide == 1 ? regular == 2 : kind == ResultKind.INNINGS ? regular == 3 : regular == 4;
            return !playFinished || !derivable;
        }
        if (kind == ResultKind.TIE && outcome.eliminator() != null) {
            List<PlayedInnings> supers =
                    played.stream().filter(PlayedInnings::superOver).toList();
            int n = supers.size();
            return n < 2 || supers.get(n - 1).runs() == supers.get(n - 2).runs();
        }
        if (kind == ResultKind.TIE) {
            return !playFinished; // e.g. level on a par score when rain stopped the chase
        }
        // Play stopped: the engine calls it a draw in a two-innings match and no result otherwise.
        return kind == ResultKind.DRAW ? perSide == 1 : kind == ResultKind.NO_RESULT && perSide == 2;
    }

    static Result result(MatchInfo.Outcome o, ResultKind kind) {
        return new Result(
                text(o, kind),
                kind == ResultKind.TIE ? null : o.winner(),
                kind,
                o.margin(),
                o.method(),
                o.bowlOutWinner() == null ? o.eliminator() : null,
                o.bowlOutWinner());
    }

    static String text(MatchInfo.Outcome o, ResultKind kind) {
        String method = o.method() == null || kind == ResultKind.AWARDED ? "" : " (" + o.method() + ")";
        return switch (kind) {
            case AWARDED -> o.winner() + " were awarded the match";
            case DRAW -> "Match drawn";
            case NO_RESULT -> "No result";
            case TIE -> "Match tied" + tieBreak(o) + method;
            case INNINGS -> o.winner() + " won by an innings and " + plural(o.byRuns(), "run") + method;
            case WICKETS -> o.winner() + " won by " + plural(o.byWickets(), "wicket") + method;
            case RUNS -> o.winner() + " won by " + plural(o.byRuns(), "run") + method;
        };
    }

    private static String tieBreak(MatchInfo.Outcome o) {
        if (o.bowlOutWinner() != null) {
            return " (" + o.bowlOutWinner() + " won the bowl-out)";
        }
        return o.eliminator() == null ? "" : " (" + o.eliminator() + " won the super over)";
    }

    private static String plural(Integer n, String word) {
        return n == null ? "an unknown margin" : n + " " + word + (n == 1 ? "" : "s");
    }
}
