package cricket.scoring;

import java.util.List;

/**
 * The commentary sentence for each event other than a ball ({@link CommentaryText} has the ball's words): the
 * handlers decide what happened, these say it in English.
 */
final class EventSentences {
    private EventSentences() {}

    /** "India v Australia. India won the toss and chose to bat". */
    static String matchStarted(MatchStarted e) {
        String toss = e.tossWinner() == null
                ? "No toss"
                : e.tossWinner() + " won the toss"
                        + (e.tossDecision() == null
                                ? ""
                                : " and chose to " + e.tossDecision().name().toLowerCase());
        return e.teams().get(0).name() + " v " + e.teams().get(1).name() + ". " + toss;
    }

    static String inningsStarted(InningsStarted e, String batting) {
        return (e.superOver() ? "Super over: " : "") + batting + " innings begins: " + e.striker() + " and "
                + e.nonStriker() + ", " + e.bowler() + " to bowl";
    }

    static String batterIn(String name, boolean resuming) {
        return name + (resuming ? " resumes his innings" : " comes to the crease");
    }

    static String bowlsOn(BowlerChanged e) {
        return e.bowler() + " bowls on: the umpires let the last over run long" + reason(e.commentaryNote());
    }

    static String replacedMidOver(BowlerChanged e, String was) {
        return e.bowler() + " replaces " + was + " mid-over" + reason(e.commentaryNote());
    }

    static String toBowl(BowlerChanged e) {
        return e.bowler() + " to bowl" + reason(e.commentaryNote());
    }

    static String retired(String name, DismissalKind kind) {
        return name + " " + kind.cricsheetName();
    }

    static String absentHurt(String name) {
        return name + " is absent hurt";
    }

    static String penaltyAwarded(PenaltyAwarded e, String where) {
        return e.runs() + " penalty runs to " + e.team() + where + reason(e.reason());
    }

    static String inningsClosed(InningsTally in, ClosureReason closure) {
        String how = closure == ClosureReason.DECLARED
                ? " declared"
                : " - innings closed (" + closure.name().toLowerCase() + ")";
        return in.battingTeam + " " + in.runs + "/" + in.wickets + how;
    }

    static String forfeited(String team) {
        return team + " forfeit their innings";
    }

    static String targetRevised(TargetRevised e, int ballsPerOver) {
        String overs =
                e.legalBalls() == null ? "" : " in " + CommentaryText.overs(e.legalBalls(), ballsPerOver) + " overs";
        String method = e.method() == null ? "" : " (" + e.method() + ")";
        if (e.playAbandoned()) {
            String bowled = e.legalBalls() == null ? null : CommentaryText.overs(e.legalBalls(), ballsPerOver);
            String at = bowled == null ? "" : " after " + bowled + (bowled.equals("1") ? " over" : " overs");
            return "Play abandoned" + at + ": par score " + e.par() + method;
        }
        return "Target revised to " + e.runs() + overs + method;
    }

    static String followOn(InningsTally first, InningsTally second) {
        return second.battingTeam + " follow on, " + (first.runs - second.runs) + " runs behind";
    }

    static String playerReplaced(PlayerReplaced e) {
        return e.playerIn() + " replaces " + e.playerOut() + " for " + e.team() + reason(e.reason());
    }

    static String matchEnded(MatchEnded e) {
        return "Play has ended" + reason(e.reason());
    }

    static String resultRecorded(ResultRecorded e) {
        return "Result: " + e.result().text();
    }

    /**
     * "Stumps, day 1: England 245/6 (82 overs)"; from the second innings on, where the side batting stands: "trail
     * by 40 runs", "lead by 112 runs", "need 87 runs to win".
     */
    static String stumps(MatchFacts fold, int day, InningsTally in) {
        String head = "Stumps, day " + day + ": ";
        if (in == null) {
            return head + "no innings has begun";
        }
        if (in.forfeited) {
            return head + forfeited(in.battingTeam);
        }
        String score = CommentaryText.score(
                in.runs, in.wickets, in.closed && in.closure == ClosureReason.ALL_OUT, in.declared);
        String line = head + in.battingTeam + " " + score + " (" + in.overs()
                + (in.overs().equals("1") ? " over)" : " overs)");
        String standing = in.superOver ? null : standing(fold, in);
        return standing == null ? line : line + ", " + standing;
    }

    private static String standing(MatchFacts fold, InningsTally in) {
        List<InningsTally> regular = fold.regular();
        if (!regular.contains(in) || regular.size() < 2) {
            return null; // the first innings, with the other side yet to bat (after a forfeit it has: none for none)
        }
        Targets.Spec target = fold.isChase(in) && !in.closed ? Targets.of(fold, in) : null;
        if (target != null) {
            return "need " + CommentaryText.plural(Math.max(0, target.runs() - in.runs), "run") + " to win";
        }
        int lead = 0;
        for (InningsTally each : regular) {
            lead += each.battingTeam.equals(in.battingTeam) ? each.runs : -each.runs;
        }
        if (lead == 0) {
            return "scores level";
        }
        return (lead > 0 ? "lead by " : "trail by ") + CommentaryText.plural(Math.abs(lead), "run");
    }

    /** The batters at the crease, for a refusal: "Rohit and nobody". */
    static String crease(InningsTally in) {
        return (in.strikerEnd == null ? "nobody" : in.strikerEnd) + " and "
                + (in.nonStrikerEnd == null ? "nobody" : in.nonStrikerEnd);
    }

    private static String reason(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }
}
