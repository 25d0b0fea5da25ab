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
final class Fold implements MatchFacts {
    private static final int WICKETS_PER_SIDE = 10;

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
    /** A record's result that differs from the balls': shown beside theirs, never instead. */
    private Result besideTheBalls;

    private final List<CommentaryEntry> commentary = new ArrayList<>();
    private final List<RecordedBall> balls = new ArrayList<>();
    private final ChartsTally charts = new ChartsTally();
    private final List<CloseOfPlay> closes = new ArrayList<>();

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
        if (event instanceof MatchStarted e) {
            MatchHandlers.matchStarted(this, seq, e);
        } else if (event instanceof BallBowled e) {
            Ball.bowled(this, seq, e.delivery());
        } else if (event instanceof InningsStarted e) {
            InningsHandlers.inningsStarted(this, seq, e);
        } else if (event instanceof BatterIn e) {
            InningsHandlers.batterIn(this, seq, e);
        } else if (event instanceof BowlerChanged e) {
            InningsHandlers.bowlerChanged(this, seq, e);
        } else if (event instanceof BatterRetired e) {
            InningsHandlers.batterRetired(this, seq, e);
        } else if (event instanceof BatterAbsentHurt e) {
            InningsHandlers.absentHurt(this, seq, e);
        } else if (event instanceof PenaltyAwarded e) {
            MatchHandlers.penaltyAwarded(this, seq, e);
        } else if (event instanceof InningsClosed e) {
            InningsHandlers.inningsClosed(this, seq, e);
        } else if (event instanceof InningsForfeited e) {
            InningsHandlers.inningsForfeited(this, seq, e);
        } else if (event instanceof TargetRevised e) {
            MatchHandlers.targetRevised(this, seq, e);
        } else if (event instanceof FollowOnEnforced) {
            MatchHandlers.followOnEnforced(this, seq);
        } else if (event instanceof PlayerReplaced e) {
            MatchHandlers.playerReplaced(this, seq, e);
        } else if (event instanceof MatchEnded e) {
            MatchHandlers.matchEnded(this, seq, e);
        } else if (event instanceof ResultRecorded e) {
            MatchHandlers.resultRecorded(this, seq, e);
        } else if (event instanceof DayEnded e) {
            MatchHandlers.dayEnded(this, seq, e);
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

    // ---- changes, made only by the event handlers (MatchHandlers, InningsHandlers, Ball) ----

    void start(MatchRules matchRules, List<Team> sides) {
        rules = matchRules;
        teams = sides;
        for (Team team : sides) {
            squads.put(team.name(), new LinkedHashSet<>(team.players()));
        }
    }

    void addInnings(InningsTally in) {
        innings.add(in);
    }

    void addToSquad(String team, String player) {
        squads.get(team).add(player);
    }

    /** Law 41.17: penalty runs for a side that has not batted wait for its next innings. */
    void addPendingPenalty(String team, int runs) {
        pendingPenalty.merge(team, runs, Integer::sum);
    }

    Integer takePendingPenalty(String team) {
        return pendingPenalty.remove(team);
    }

    /** A revised target recorded before the chase began waits for it. */
    void setPendingRevision(TargetRevised revision) {
        pendingRevision = revision;
    }

    TargetRevised takePendingRevision() {
        TargetRevised revision = pendingRevision;
        pendingRevision = null;
        return revision;
    }

    void enforceFollowOn() {
        followOn = true;
    }

    void end() {
        ended = true;
    }

    /** Stumps: the day's close is kept for the scorecard, the commentary and the charts' day marks. */
    void closePlay(int seq, CloseOfPlay close) {
        closes.add(close);
        commentary.add(new CommentaryEntry(seq, close.innings() == null ? 0 : close.innings(), null, close.text()));
        if (close.innings() != null) {
            charts.dayEnded(close);
        }
    }

    void record(ResultRecorded e) {
        if (e.standing() == ResultRecorded.Standing.OFFICIAL) {
            recorded = e.result();
        } else {
            besideTheBalls = e.result();
        }
    }

    // ---- queries, shared by the events, Ball and the projections ----

    boolean followOn() {
        return followOn;
    }

    MatchRules rulesOrNull() {
        return rules;
    }

    @Override
    public int bpo() {
        return rules.ballsPerOver();
    }

    InningsTally open() {
        InningsTally in = last();
        return in == null || in.closed ? null : in;
    }

    @Override
    public InningsTally last() {
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
        int maxWickets = in.superOver ? rules.superOverWickets() : WICKETS_PER_SIDE;
        Integer limit = target != null && target.legalBalls() != null ? target.legalBalls() : limitBalls(in);
        if (target != null && in.runs >= target.runs()) {
            in.close(ClosureReason.TARGET_REACHED);
        } else if (in.wickets >= maxWickets || in.vacancy() && in.wickets + in.absentHurt.size() >= maxWickets) {
            in.close(ClosureReason.ALL_OUT);
        } else if (limit != null && in.nominalBalls(bpo()) >= limit) {
            in.closeOnTheOvers();
        }
    }

    /** Legal balls the innings may last under the rules, before any revision; null when unlimited. */
    @Override
    public Integer limitBalls(InningsTally in) {
        if (in.superOver) {
            return bpo();
        }
        return rules.limitedOvers() ? rules.oversPerInnings() * bpo() : null;
    }

    @Override
    public boolean isChase(InningsTally in) {
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

    String requireTeam(String name, String role) {
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

    @Override
    public List<InningsTally> regular() {
        return innings.stream().filter(in -> !in.superOver).toList();
    }

    @Override
    public List<InningsTally> supers() {
        return innings.stream().filter(in -> in.superOver).toList();
    }

    @Override
    public List<InningsTally> innings() {
        return innings;
    }

    InningsTally latestInningsOf(String team) {
        for (int i = innings.size() - 1; i >= 0; i--) {
            if (innings.get(i).battingTeam.equals(team) && !innings.get(i).superOver) {
                return innings.get(i);
            }
        }
        return null;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    /** The officials' result, which stands over the balls'; null if none was recorded. */
    @Override
    public Result recorded() {
        return recorded;
    }

    /** A record's result that differs from the one the balls decide, which stands; null if none. */
    @Override
    public Result besideTheBalls() {
        return besideTheBalls;
    }

    void note(int seq, int inningsNumber, String text) {
        commentary.add(new CommentaryEntry(seq, inningsNumber, null, text));
    }

    void noteBall(int seq, InningsTally in, String over, Delivery d, String text) {
        commentary.add(new CommentaryEntry(seq, in.number, over, text));
        balls.add(new RecordedBall(seq, in.number, over, d));
        charts.ball(in.number, over, d);
    }

    @Override
    public List<CloseOfPlay> closesOfPlay() {
        return closes;
    }

    @Override
    public int lastBallSeq() {
        return balls.isEmpty() ? -1 : balls.get(balls.size() - 1).seq();
    }

    // ---- views ----

    @Override
    public MatchRules rules() {
        return rules;
    }

    @Override
    public List<Team> teams() {
        return teams;
    }

    @Override
    public Result result() {
        return Results.of(this);
    }

    @Override
    public MatchStatus status() {
        if (rules == null) {
            return MatchStatus.NOT_STARTED;
        }
        if (result() != null) {
            return MatchStatus.COMPLETED;
        }
        return open() != null || innings.isEmpty() ? MatchStatus.IN_PROGRESS : MatchStatus.INNINGS_BREAK;
    }

    NextAction next() {
        return Stage.next(this);
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

    MatchCharts charts() {
        return charts.charts(innings);
    }
}
