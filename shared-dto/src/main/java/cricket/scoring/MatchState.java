package cricket.scoring;

import java.util.List;
import java.util.Optional;

/**
 * A match as the fold of its events: immutable from outside. {@link #apply(MatchEvent)} returns a new state or throws
 * {@link ScoringException} and leaves this one unchanged.
 *
 * <p>Cost: the newest state shares one mutable fold with the log behind it, so applying a ball is O(1); applying to
 * an older state, an {@link Undo} or a {@link ReplaceBall} re-folds the effective events (O(n)). Projections of the
 * newest state read the shared fold; those of an older state re-fold privately. Safe to share between threads.
 */
public final class MatchState {
    private final int seq;
    private final EventLog log;
    /** Shared with the states after it; replaced by a fresh fold of this state's log if an apply broke it. */
    private volatile Fold fold;

    private volatile Fold ownFold; // re-folded once when the shared fold has moved past this state

    private MatchState(int seq, EventLog log, Fold fold) {
        this.seq = seq;
        this.log = log;
        this.fold = fold;
    }

    /** Before the first event: {@link NextAction#START_MATCH}. */
    public static MatchState initial() {
        Fold fresh = new Fold();
        MatchState state = new MatchState(0, EventLog.empty(), fresh);
        fresh.owner = state;
        return state;
    }

    /** Folds events in order; the first refused event throws, naming its seq. */
    public static MatchState replay(List<? extends MatchEvent> events) {
        MatchState state = initial();
        for (MatchEvent event : events) {
            try {
                state = state.apply(event);
            } catch (ScoringException e) {
                throw new ScoringException(
                        "event " + (state.seq + 1) + " (" + event.typeName() + ") was refused: " + e.getMessage());
            }
        }
        return state;
    }

    /**
     * The state after {@code event}, which gets seq {@link #seq()} + 1.
     *
     * @throws ScoringException when the event cannot follow this state; this state is unchanged
     */
    public MatchState apply(MatchEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event must be given");
        }
        int next = seq + 1;
        if (event instanceof Undo) {
            return undo(next);
        }
        if (event instanceof ReplaceBall) {
            return replaceBall(next, (ReplaceBall) event);
        }
        Fold shared = fold;
        synchronized (shared) {
            if (shared.owner == this) {
                String refusal = shared.refusalOf(event);
                if (refusal != null) {
                    throw new ScoringException(refusal); // refused before anything changed: the fold stays ours
                }
                try {
                    shared.apply(next, event);
                } catch (RuntimeException e) {
                    shared.owner = null; // half-applied: this state folds its log afresh, once
                    Fold fresh = Fold.of(log);
                    fresh.owner = this;
                    fold = fresh;
                    throw e;
                }
                // Appended only once accepted: a refused event leaves the log's shared array free to grow in place.
                return adopt(next, log.append(next, event), shared);
            }
        }
        Fold fresh = Fold.of(log);
        fresh.apply(next, event);
        return adopt(next, log.append(next, event), fresh);
    }

    private MatchState undo(int next) {
        if (log.size() == 0) {
            throw new ScoringException("there is nothing to undo");
        }
        EventLog shorter = log.withoutLast();
        return adopt(next, shorter, Fold.of(shorter));
    }

    private MatchState replaceBall(int next, ReplaceBall edit) {
        int index = log.indexOfSeq(edit.seq());
        if (index < 0 || !(log.event(index) instanceof BallBowled)) {
            throw new ScoringException("event " + edit.seq() + " is not a ball in this match's record: only a ball"
                    + " that has not been undone can be corrected");
        }
        EventLog edited = log.with(index, new BallBowled(edit.delivery()));
        Fold refolded;
        try {
            refolded = Fold.of(edited);
        } catch (RefoldException e) {
            String what = e.seq == edit.seq()
                    ? "the corrected ball cannot stand: "
                    : "the correction would make event " + e.seq + " (" + e.event.typeName() + ") invalid: ";
            throw new ScoringException(what + e.getCause().getMessage());
        }
        return adopt(next, edited, refolded);
    }

    private static MatchState adopt(int seq, EventLog log, Fold fold) {
        MatchState state = new MatchState(seq, log, fold);
        fold.owner = state;
        return state;
    }

    /** Reads this state's fold, re-folding privately when the shared one has moved on. */
    private <T> T read(java.util.function.Function<Fold, T> view) {
        Fold shared = fold;
        synchronized (shared) {
            if (shared.owner == this) {
                return view.apply(shared);
            }
        }
        Fold own = ownFold;
        if (own == null) {
            own = Fold.of(log);
            ownFold = own;
        }
        synchronized (own) {
            return view.apply(own);
        }
    }

    /** Number of events applied, corrections included: the n-th event has seq n. */
    public int seq() {
        return seq;
    }

    public Optional<MatchRules> rules() {
        return read(f -> Optional.ofNullable(f.rules()));
    }

    public List<Team> teams() {
        return read(Fold::teams);
    }

    public MatchStatus status() {
        return read(Fold::status);
    }

    /** What the scorer must record next. */
    public NextAction next() {
        return read(Fold::next);
    }

    /**
     * Why no event of this type can follow now, or empty when one may: before the start only {@link MatchStarted};
     * once the match has a result only {@link Undo}, {@link ReplaceBall} and {@link ResultRecorded}; once an innings
     * is closed (all out, overs done, target reached, declared, forfeited, called off) nothing that belongs to it
     * ({@link BallBowled}, {@link BatterIn}, {@link BowlerChanged}, {@link BatterRetired}, {@link BatterAbsentHurt},
     * {@link InningsClosed}). {@link #apply} refuses with this same sentence. An event of an accepted type may still
     * be refused for what it says (a bowler who bowled the last over, a batter who is out).
     *
     * <p>The console offers only the events whose type this accepts; {@link #next()} says which one it should lead
     * with. The one exception to the closed-innings rule is a record, not a choice a console offers: the same bowler
     * named again {@link BowlerChanged.Why#AS_RECORDED} right after the overs ran out, for a long last over in a file.
     */
    public Optional<String> refusal(Class<? extends MatchEvent> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must be given");
        }
        return read(f -> Optional.ofNullable(f.refusal(type)));
    }

    /** Whether an event of this type can follow now: {@link #refusal} is empty. */
    public boolean accepts(Class<? extends MatchEvent> type) {
        return refusal(type).isEmpty();
    }

    /**
     * The suggested striker for the next ball: strike changes on odd runs actually run (Law 18) and at the end of
     * each over (Law 17.4). The scorer may override by naming the other batter as striker on the next ball.
     */
    public Optional<String> striker() {
        return read(f -> Optional.ofNullable(f.striker()));
    }

    public Optional<String> nonStriker() {
        return read(f -> Optional.ofNullable(f.nonStriker()));
    }

    /** The bowler of the current over. */
    public Optional<String> bowler() {
        return read(f -> Optional.ofNullable(f.bowler()));
    }

    /** Whether the next ball is a free hit (after a no-ball, when the rules say so). */
    public boolean freeHit() {
        return read(Fold::freeHit);
    }

    /** Law 17.6: the bowler of the last completed over may not bowl the next unless the rules allow it. */
    public Optional<String> lastOverBowler() {
        return read(f -> Optional.ofNullable(f.lastOverBowler()));
    }

    /** The result, recorded or derived; empty while undecided. */
    public Optional<Result> result() {
        return read(f -> Optional.ofNullable(f.result()));
    }

    /** The effective balls in order, for the scorer's edit list. */
    public List<RecordedBall> balls() {
        return read(Fold::balls);
    }

    public Scorecard scorecard() {
        return read(Fold::scorecard);
    }

    public LiveScore liveScore() {
        return read(Fold::liveScore);
    }

    /** The fans' charts of every innings, kept as the balls come ({@link MatchCharts}). */
    public MatchCharts charts() {
        return read(Fold::charts);
    }

    /** Commentary, oldest first. */
    public List<CommentaryEntry> commentary() {
        return read(Fold::commentary);
    }

    /** Thrown by {@link Fold#of(EventLog)} naming the effective event that could not be re-applied. */
    static final class RefoldException extends ScoringException {
        final int seq;
        final transient MatchEvent event;

        RefoldException(int seq, MatchEvent event, ScoringException cause) {
            super("event " + seq + " (" + event.typeName() + ") cannot be applied: " + cause.getMessage());
            this.seq = seq;
            this.event = event;
            initCause(cause);
        }
    }
}
