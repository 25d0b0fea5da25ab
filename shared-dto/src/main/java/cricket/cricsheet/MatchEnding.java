package cricket.cricsheet;

import cricket.scoring.MatchEnded;
import cricket.scoring.MatchEvent;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.ResultRecorded;
import java.util.ArrayList;
import java.util.List;

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
        }
        return events;
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
