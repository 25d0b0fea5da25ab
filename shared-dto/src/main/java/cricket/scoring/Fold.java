package cricket.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mutable fold behind {@link MatchState}: checks each event against the match so far, then updates every running
 * total. Checks come before changes where practical; a failure part-way is safe anyway because {@link MatchState}
 * discards a fold whose apply threw.
 */
final class Fold {
    private static final int WICKETS_PER_SIDE = 10;
    private static final int SUPER_OVER_WICKETS = 2;

    /** The state this fold currently represents; null once an apply failed half-way. */
    MatchState owner;

    private MatchRules rules;
    private List<Team> teams = List.of();
    private final Map<String, Set<String>> squads = new LinkedHashMap<>();
    private final List<InningsTally> innings = new ArrayList<>();
    private final Map<String, Integer> pendingPenalty = new HashMap<>();
    private TargetRevised pendingRevision;
    private boolean followOn;
    private boolean ended;
    private Result recorded;
    private final List<CommentaryEntry> commentary = new ArrayList<>();
    private final List<RecordedBall> balls = new ArrayList<>();

    static Fold of(EventLog log) {
        Fold fold = new Fold();
        for (int i = 0; i < log.size(); i++) {
            try {
                fold.apply(log.seq(i), log.event(i));
            } catch (ScoringException e) {
                throw new MatchState.RefoldException(log.seq(i), log.event(i), e);
            }
        }
        return fold;
    }

    /**
     * One instanceof chain over the sealed events; {@code MatchEventTest} checks every permitted type reaches a
     * branch.
     */
    void apply(int seq, MatchEvent event) {
        String refusal = refusalOf(event);
        if (refusal != null) {
            throw new ScoringException(refusal);
        }
        if (event instanceof MatchStarted) {
            matchStarted(seq, (MatchStarted) event);
        } else if (event instanceof BallBowled) {
            Ball.bowled(this, seq, ((BallBowled) event).delivery());
        } else if (event instanceof InningsStarted) {
            inningsStarted(seq, (InningsStarted) event);
        } else if (event instanceof BatterIn) {
            batterIn(seq, (BatterIn) event);
        } else if (event instanceof BowlerChanged) {
            bowlerChanged(seq, (BowlerChanged) event);
        } else if (event instanceof BatterRetired) {
            batterRetired(seq, (BatterRetired) event);
        } else if (event instanceof BatterAbsentHurt) {
            absentHurt(seq, (BatterAbsentHurt) event);
        } else if (event instanceof PenaltyAwarded) {
            penaltyAwarded(seq, (PenaltyAwarded) event);
        } else if (event instanceof InningsClosed) {
            inningsClosed(seq, (InningsClosed) event);
        } else if (event instanceof InningsForfeited) {
            inningsForfeited(seq, (InningsForfeited) event);
        } else if (event instanceof TargetRevised) {
            targetRevised(seq, (TargetRevised) event);
        } else if (event instanceof FollowOnEnforced) {
            followOnEnforced(seq);
        } else if (event instanceof PlayerReplaced) {
            playerReplaced(seq, (PlayerReplaced) event);
        } else if (event instanceof MatchEnded) {
            matchEnded(seq, (MatchEnded) event);
        } else if (event instanceof ResultRecorded) {
            resultRecorded(seq, (ResultRecorded) event);
        } else if (event instanceof Undo || event instanceof ReplaceBall) {
            throw new IllegalStateException(event.typeName() + " is a correction that MatchState applies itself");
        } else {
            throw new IllegalStateException("no rule for event type " + event.typeName());
        }
    }

    /** {@link Stage#refusal} for this event. Changes nothing. */
    String refusalOf(MatchEvent event) {
        return Stage.refusalOf(this, event);
    }

    /** {@link Stage#refusal} for a type of event. Changes nothing. */
    String refusal(Class<? extends MatchEvent> type) {
        return Stage.refusal(this, type);
    }

    // ---- events ----

    private void matchStarted(int seq, MatchStarted e) {
        if (e.tossWinner() != null && !e.teams().stream().anyMatch(t -> t.name().equals(e.tossWinner()))) {
            throw new ScoringException("the toss winner must be one of the two teams "
                    + e.teams().stream().map(Team::name).toList() + ", got " + e.tossWinner());
        }
        rules = e.rules();
        teams = e.teams();
        for (Team team : teams) {
            squads.put(team.name(), new LinkedHashSet<>(team.players()));
        }
        String toss = e.tossWinner() == null
                ? "No toss"
                : e.tossWinner() + " won the toss"
                        + (e.tossDecision() == null
                                ? ""
                                : " and chose to " + e.tossDecision().name().toLowerCase());
        note(seq, 0, teams.get(0).name() + " v " + teams.get(1).name() + ". " + toss);
    }

    private void inningsStarted(int seq, InningsStarted e) {
        InningsTally open = open();
        if (open != null) {
            throw new ScoringException(
                    "innings " + open.number + " is still in progress: close it before starting another");
        }
        String batting = requireTeam(e.battingTeam(), "batting team");
        String bowling = other(batting);
        checkInningsOrder(batting, e.superOver());
        requireInSquad(batting, e.striker(), "opening batter");
        requireInSquad(batting, e.nonStriker(), "opening batter");
        requireInSquad(bowling, e.bowler(), "opening bowler");
        InningsTally in = new InningsTally(innings.size() + 1, batting, bowling, e.superOver());
        Integer penalty = pendingPenalty.remove(batting);
        if (penalty != null) {
            in.penalty += penalty;
            in.runs += penalty;
        }
        in.strikerEnd = e.striker();
        in.nonStrikerEnd = e.nonStriker();
        in.bowler = e.bowler();
        in.overBowler = e.bowler();
        in.batter(e.striker());
        in.batter(e.nonStriker());
        innings.add(in);
        if (pendingRevision != null && isChase(in)) {
            in.revision = pendingRevision;
            pendingRevision = null;
        }
        note(
                seq,
                in.number,
                (e.superOver() ? "Super over: " : "") + batting + " innings begins: " + e.striker() + " and "
                        + e.nonStriker() + ", " + e.bowler() + " to bowl");
    }

    private void checkInningsOrder(String batting, boolean superOver) {
        List<InningsTally> regular = regular();
        if (superOver) {
            if (!superOverDue()) {
                throw new ScoringException("a super over is played only after a tie in a limited-overs match whose"
                        + " rules settle ties by super over");
            }
            List<InningsTally> supers = supers();
            if (supers.size() % 2 == 1
                    && supers.get(supers.size() - 1).battingTeam.equals(batting)) {
                throw new ScoringException(
                        batting + " has batted in this super over: " + other(batting) + " bats next");
            }
            return;
        }
        if (regular.size() >= 2 * rules.inningsPerSide()) {
            throw new ScoringException("all " + regular.size() + " innings of the match have been played");
        }
        String expected = expectedBattingTeam(regular);
        if (expected != null && !expected.equals(batting)) {
            throw new ScoringException("innings " + (regular.size() + 1) + " is " + expected + "'s to bat, not "
                    + batting + (regular.size() == 2 && !followOn ? " (record FollowOnEnforced first)" : ""));
        }
    }

    private String expectedBattingTeam(List<InningsTally> regular) {
        switch (regular.size()) {
            case 0:
                return null;
            case 1:
                return other(regular.get(0).battingTeam);
            case 2:
                return followOn ? regular.get(1).battingTeam : regular.get(0).battingTeam;
            default:
                return other(regular.get(2).battingTeam).equals(regular.get(0).battingTeam)
                                && regular.get(1).battingTeam.equals(regular.get(2).battingTeam)
                        ? regular.get(0).battingTeam
                        : regular.get(1).battingTeam;
        }
    }

    private void batterIn(int seq, BatterIn e) {
        InningsTally in = requireOpen();
        String name = e.batter();
        if (!in.vacancy()) {
            throw new ScoringException("both batters are at the crease (" + in.strikerEnd + " and " + in.nonStrikerEnd
                    + "): a new batter comes in only after a wicket or retirement");
        }
        if (in.atCrease(name)) {
            throw new ScoringException(name + " is already batting");
        }
        requireInSquad(in.battingTeam, name, "batter");
        InningsTally.BatterTally line = in.batting.get(name);
        if (line != null && line.out) {
            throw new ScoringException(name + " is out and cannot bat again");
        }
        if (line != null && !line.retired) {
            throw new ScoringException(name + " has batted this innings and is not retired, so cannot come in again");
        }
        in.absentHurt.remove(name);
        line = in.batter(name);
        boolean resuming = line.retired;
        line.retired = false;
        line.dismissal = "not out";
        if (in.strikerEnd == null) {
            in.strikerEnd = name;
        } else {
            in.nonStrikerEnd = name;
        }
        note(seq, in.number, name + (resuming ? " resumes his innings" : " comes to the crease"));
    }

    private void bowlerChanged(int seq, BowlerChanged e) {
        if (Stage.bowlsOnAsRecorded(this, e)) {
            InningsTally in = last();
            in.closed = false;
            in.closure = null;
            in.closedByOvers = false;
            in.bowlingOn = true;
            note(
                    seq,
                    in.number,
                    e.bowler() + " bowls on: the umpires let the last over run long" + reason(e.commentaryNote()));
            return;
        }
        InningsTally in = requireOpen();
        String name = e.bowler();
        requireInSquad(in.bowlingTeam, name, "bowler");
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
            in.bowler = name;
            in.overBowler = null;
            note(seq, in.number, name + " replaces " + was + " mid-over" + reason(e.commentaryNote()));
            return;
        }
        if (midOver) {
            // A new over named after some legal balls: the umpires ended the over short (Cricsheet miscounted_overs).
            Ball.completeOver(in, bpo());
            if (Ball.endsChangeAfterThisOver(this, in)) {
                in.swapEnds();
            }
        }
        // Law 17.6, unless the change is the record that the umpires let it happen (it does, in real data). A typed
        // note never waives it.
        if (!rules.consecutiveOversAllowed()
                && name.equals(in.lastOverBowler)
                && e.why() != BowlerChanged.Why.AS_RECORDED) {
            throw new ScoringException(name + " bowled over " + (in.completedOvers + (in.overComplete ? 1 : 0))
                    + " and cannot bowl the next over (Law 17.6): choose another bowler, or give the reason if the"
                    + " umpires allowed it");
        }
        if (in.overComplete) {
            Ball.startNewOver(in);
        }
        in.bowler = name;
        in.overBowler = name;
        note(seq, in.number, name + " to bowl" + reason(e.commentaryNote()));
    }

    private void batterRetired(int seq, BatterRetired e) {
        InningsTally in = requireOpen();
        String name = e.batter();
        if (!in.atCrease(name)) {
            throw new ScoringException(
                    name + " is not at the crease, so cannot retire (at the crease: " + crease(in) + ")");
        }
        InningsTally.BatterTally line = in.batter(name);
        DismissalKind kind = e.kind().dismissalKind();
        line.dismissal = kind.cricsheetName();
        if (kind.isWicket()) {
            line.out = true;
            in.wickets++;
            in.fallOfWickets.add(new FallOfWicket(in.wickets, in.runs, Ball.fowOvers(in), name));
            in.lastWicket = new LiveScore.LastWicket(name, line.runs, line.balls, line.dismissal, in.runs, in.overs());
        } else {
            line.retired = true;
        }
        in.vacate(name);
        in.partnershipRuns = 0;
        in.partnershipBalls = 0;
        note(seq, in.number, name + " " + kind.cricsheetName());
        closeIfDone(in);
    }

    private void absentHurt(int seq, BatterAbsentHurt e) {
        InningsTally in = open();
        if (in == null) {
            throw new ScoringException("no innings is in progress for " + e.batter() + " to be absent hurt from");
        }
        String name = e.batter();
        requireInSquad(in.battingTeam, name, "batter");
        if (in.batting.containsKey(name)) {
            throw new ScoringException(name + " has batted this innings and cannot be absent hurt");
        }
        in.absentHurt.add(name);
        note(seq, in.number, name + " is absent hurt");
        closeIfDone(in);
    }

    private void penaltyAwarded(int seq, PenaltyAwarded e) {
        String team = requireTeam(e.team(), "team awarded penalty runs");
        InningsTally open = open();
        InningsTally target = open != null && open.battingTeam.equals(team) ? open : latestInningsOf(team);
        String where;
        if (target == null) {
            // Law 41.17: a side that has not batted gets them in its next innings.
            pendingPenalty.merge(team, e.runs(), Integer::sum);
            where = " (added to its next innings)";
        } else {
            target.penalty += e.runs();
            target.runs += e.runs();
            where = target == open ? "" : " (added to innings " + target.number + ")";
        }
        note(
                seq,
                open == null ? innings.size() : open.number,
                e.runs() + " penalty runs to " + team + where + reason(e.reason()));
        if (open != null) {
            closeIfDone(open);
        }
    }

    private void inningsClosed(int seq, InningsClosed e) {
        InningsTally in = last();
        if (in == null) {
            throw new ScoringException("no innings has started, so none can be closed");
        }
        in.closed = true;
        in.closure = e.reason();
        in.declared = e.reason() == ClosureReason.DECLARED;
        String how = in.declared
                ? " declared"
                : " - innings closed (" + e.reason().name().toLowerCase() + ")";
        note(seq, in.number, in.battingTeam + " " + in.runs + "/" + in.wickets + how);
    }

    private void inningsForfeited(int seq, InningsForfeited e) {
        InningsTally open = open();
        if (open != null) {
            throw new ScoringException(
                    "innings " + open.number + " is in progress: it cannot be followed by a forfeit until it closes");
        }
        String team = requireTeam(e.battingTeam(), "forfeiting team");
        checkInningsOrder(team, false);
        InningsTally in = new InningsTally(innings.size() + 1, team, other(team), false);
        in.forfeited = true;
        in.closed = true;
        innings.add(in);
        note(seq, in.number, team + " forfeit their innings");
    }

    private void targetRevised(int seq, TargetRevised e) {
        List<InningsTally> regular = regular();
        int chaseIndex = 2 * rules.inningsPerSide() - 1;
        if (regular.size() > chaseIndex) {
            InningsTally chase = regular.get(chaseIndex);
            chase.revision = e;
            if (!chase.closed) {
                closeIfDone(chase);
            }
        } else {
            pendingRevision = e;
        }
        String overs = e.legalBalls() == null ? "" : " in " + CommentaryText.overs(e.legalBalls(), bpo()) + " overs";
        note(
                seq,
                innings.size(),
                "Target revised to " + e.runs() + overs + (e.method() == null ? "" : " (" + e.method() + ")"));
    }

    private void followOnEnforced(int seq) {
        List<InningsTally> regular = regular();
        if (rules.inningsPerSide() != 2 || regular.size() != 2 || open() != null || followOn) {
            throw new ScoringException("the follow-on can be enforced only in a two-innings match, once, right after"
                    + " the first two innings have closed");
        }
        InningsTally first = regular.get(0);
        InningsTally second = regular.get(1);
        if (first.runs <= second.runs) {
            throw new ScoringException(first.battingTeam + " does not lead (" + first.runs + " v " + second.runs
                    + "), so cannot enforce the follow-on (Law 14)");
        }
        followOn = true;
        note(seq, 2, second.battingTeam + " follow on, " + (first.runs - second.runs) + " runs behind");
    }

    private void playerReplaced(int seq, PlayerReplaced e) {
        String team = requireTeam(e.team(), "team");
        requireInSquad(team, e.playerOut(), "player replaced");
        squads.get(team).add(e.playerIn());
        note(seq, innings.size(), e.playerIn() + " replaces " + e.playerOut() + " for " + team + reason(e.reason()));
    }

    private void matchEnded(int seq, MatchEnded e) {
        InningsTally open = open();
        if (open != null) {
            open.closed = true;
            open.closure = ClosureReason.CALLED_OFF;
        }
        ended = true;
        note(seq, innings.size(), "Play has ended" + reason(e.reason()));
    }

    private void resultRecorded(int seq, ResultRecorded e) {
        InningsTally open = open();
        if (open != null) {
            open.closed = true;
            open.closure = ClosureReason.CALLED_OFF;
        }
        recorded = e.result();
        note(seq, innings.size(), "Result: " + e.result().text());
    }

    // ---- shared by the events and Ball ----

    MatchRules rulesOrNull() {
        return rules;
    }

    int bpo() {
        return rules.ballsPerOver();
    }

    InningsTally open() {
        InningsTally in = last();
        return in == null || in.closed ? null : in;
    }

    InningsTally last() {
        return innings.isEmpty() ? null : innings.get(innings.size() - 1);
    }

    InningsTally requireOpen() {
        InningsTally in = open();
        if (in == null) {
            throw new ScoringException("no innings is in progress: start the next innings first");
        }
        return in;
    }

    /** Closes the innings when the target is reached, no batter is left, or the overs are done. */
    void closeIfDone(InningsTally in) {
        Targets.Spec target = Targets.of(this, in);
        int maxWickets = in.superOver ? SUPER_OVER_WICKETS : WICKETS_PER_SIDE;
        Integer limit = target != null && target.legalBalls() != null ? target.legalBalls() : limitBalls(in);
        if (target != null && in.runs >= target.runs()) {
            close(in, ClosureReason.TARGET_REACHED);
        } else if (in.wickets >= maxWickets || in.vacancy() && in.wickets + in.absentHurt.size() >= maxWickets) {
            close(in, ClosureReason.ALL_OUT);
        } else if (limit != null && in.nominalBalls(bpo()) >= limit) {
            close(in, ClosureReason.OVERS_COMPLETE);
            in.closedByOvers = true;
        }
    }

    private static void close(InningsTally in, ClosureReason reason) {
        in.closed = true;
        in.closure = reason;
    }

    /** Legal balls the innings may last under the rules, before any revision; null when unlimited. */
    Integer limitBalls(InningsTally in) {
        if (in.superOver) {
            return bpo();
        }
        return rules.limitedOvers() ? rules.oversPerInnings() * bpo() : null;
    }

    boolean isChase(InningsTally in) {
        if (in.superOver) {
            return supers().indexOf(in) % 2 == 1;
        }
        return regular().indexOf(in) == 2 * rules.inningsPerSide() - 1;
    }

    /** Every side lists its players ({@link MatchStarted} refuses one that lists none), so the check always holds. */
    void requireInSquad(String team, String name, String role) {
        Set<String> squad = squads.get(team);
        if (!squad.contains(name)) {
            throw new ScoringException(
                    "the " + role + " must be a " + team + " player: " + name + " is not in " + team + "'s squad");
        }
    }

    private String requireTeam(String name, String role) {
        if (!squads.containsKey(name)) {
            throw new ScoringException("the " + role + " must be one of " + teamNames() + ", got " + name);
        }
        return name;
    }

    String other(String team) {
        return teams.get(0).name().equals(team)
                ? teams.get(1).name()
                : teams.get(0).name();
    }

    private List<String> teamNames() {
        return teams.stream().map(Team::name).toList();
    }

    List<InningsTally> regular() {
        return innings.stream().filter(in -> !in.superOver).toList();
    }

    List<InningsTally> supers() {
        return innings.stream().filter(in -> in.superOver).toList();
    }

    List<InningsTally> innings() {
        return innings;
    }

    private InningsTally latestInningsOf(String team) {
        for (int i = innings.size() - 1; i >= 0; i--) {
            if (innings.get(i).battingTeam.equals(team) && !innings.get(i).superOver) {
                return innings.get(i);
            }
        }
        return null;
    }

    /** Whether the next innings may be a super over: the regular innings ended in a tie and every pair tied. */
    private boolean superOverDue() {
        if (!rules.limitedOvers() || !rules.superOverOnTie() || recorded != null || ended) {
            return false;
        }
        List<InningsTally> regular = regular();
        if (regular.size() != 2 || !regular.get(1).closed || !Results.regularTie(this)) {
            return false;
        }
        List<InningsTally> supers = supers();
        for (int i = 0; i + 1 < supers.size(); i += 2) {
            if (supers.get(i).runs != supers.get(i + 1).runs) {
                return false;
            }
        }
        return true;
    }

    boolean ended() {
        return ended;
    }

    Result recorded() {
        return recorded;
    }

    void note(int seq, int inningsNumber, String text) {
        commentary.add(new CommentaryEntry(seq, inningsNumber, null, text));
    }

    void noteBall(int seq, InningsTally in, String over, Delivery d, String text) {
        commentary.add(new CommentaryEntry(seq, in.number, over, text));
        balls.add(new RecordedBall(seq, in.number, over, d));
    }

    private static String reason(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    private static String crease(InningsTally in) {
        return (in.strikerEnd == null ? "nobody" : in.strikerEnd) + " and "
                + (in.nonStrikerEnd == null ? "nobody" : in.nonStrikerEnd);
    }

    // ---- views ----

    MatchRules rules() {
        return rules;
    }

    List<Team> teams() {
        return teams;
    }

    Result result() {
        return Results.of(this);
    }

    MatchStatus status() {
        if (rules == null) {
            return MatchStatus.NOT_STARTED;
        }
        if (result() != null) {
            return MatchStatus.COMPLETED;
        }
        return open() != null || innings.isEmpty() ? MatchStatus.IN_PROGRESS : MatchStatus.INNINGS_BREAK;
    }

    NextAction next() {
        if (rules == null) {
            return NextAction.START_MATCH;
        }
        if (result() != null || ended) {
            return NextAction.MATCH_OVER;
        }
        InningsTally in = open();
        if (in == null) {
            boolean more = regular().size() < 2 * rules.inningsPerSide() || superOverDue();
            return more ? NextAction.START_INNINGS : NextAction.MATCH_OVER;
        }
        if (in.vacancy()) {
            return NextAction.NEW_BATTER;
        }
        return in.overComplete ? NextAction.NEW_BOWLER : NextAction.BALL;
    }

    String striker() {
        InningsTally in = open();
        return in == null ? null : in.strikerEnd;
    }

    String nonStriker() {
        InningsTally in = open();
        return in == null ? null : in.nonStrikerEnd;
    }

    String bowler() {
        InningsTally in = open();
        return in == null ? null : in.bowler;
    }

    boolean freeHit() {
        InningsTally in = open();
        return in != null && in.freeHit;
    }

    String lastOverBowler() {
        InningsTally in = open();
        return in == null ? null : in.lastOverBowler;
    }

    List<RecordedBall> balls() {
        return List.copyOf(balls);
    }

    List<CommentaryEntry> commentary() {
        return List.copyOf(commentary);
    }

    Scorecard scorecard() {
        return Views.scorecard(this);
    }

    LiveScore liveScore() {
        return Views.liveScore(this);
    }
}
