package cricket.server.scoring;

import cricket.api.FixtureStatus;
import cricket.api.StoredEvent;
import cricket.api.User;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.MatchStatus;
import cricket.scoring.ResultRecorded;
import cricket.scoring.ScoringException;
import cricket.server.db.DuplicateKeyException;
import cricket.server.db.Jdbc;
import cricket.server.domain.Conflict;
import cricket.server.domain.NotFound;
import cricket.server.domain.Refused;
import cricket.server.scoring.EventRepository.Placement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one event to a match's log: the match row is locked, the write is checked for a retry (same eventId),
 * for a stale expectedSeq, and by the engine; then the event and the match's new status and version commit
 * together. Listeners hear of it after the commit.
 */
public final class EventService {
    private static final Logger log = LoggerFactory.getLogger(EventService.class);

    private final Jdbc jdbc;
    private final EventRepository events;
    private final MatchStates states;
    private final MatchViewsListener listener;
    private final FixtureAgreement fixture;

    public EventService(
            Jdbc jdbc, EventRepository events, MatchStates states, MatchViewsListener listener, MatchSides sides) {
        this.jdbc = jdbc;
        this.events = events;
        this.states = states;
        this.listener = listener;
        this.fixture = new FixtureAgreement(sides);
    }

    /** Outcome of a write: {@code created} is false for a recognised retry. */
    public record Outcome(WriteResult result, boolean created) {}

    /**
     * Records one event by {@code by} (the assigned scorer or an admin, as the route checked; null for a caller
     * inside the server). An official result overrides what the balls show, so only an admin may record it; the
     * corrections a scorer makes at the ground (Undo, ReplaceBall) are theirs, and the log keeps who made them.
     */
    public Outcome record(long matchId, UUID eventId, int expectedSeq, MatchEvent event, User by) {
        if (event instanceof ResultRecorded && by != null && !by.admin()) {
            throw new Refused("an official result (ResultRecorded) overrides the scored result, so only an"
                            + " admin may record it; " + by.username() + " is a scorer: ask the tournament's admin")
                    .with("field", "event.type");
        }
        fixture.check(matchId, event);
        Committed committed = appendIfCurrent(matchId, eventId, expectedSeq, event, by);
        if (committed == null) {
            committed = jdbc.inTransaction(() -> append(matchId, eventId, expectedSeq, event, by));
        }
        if (committed.created()) {
            states.remember(matchId, committed.state());
            log.info(
                    "event recorded matchId={} seq={} type={} by={}",
                    matchId,
                    committed.state().seq(),
                    event.typeName(),
                    by == null ? "-" : by.username());
            notifyListener(matchId, committed.state());
        }
        MatchState state = committed.state();
        return new Outcome(new WriteResult(matchId, state.seq(), eventId, state.liveScore()), committed.created());
    }

    /**
     * Appends a whole log without a user: imports write a match this way, inside their own transaction. The
     * listener is not called here because the caller's transaction may still roll back; once it has committed the
     * caller passes the returned state to {@link #committed}.
     */
    public MatchState appendAll(long matchId, List<MatchEvent> log) {
        return jdbc.inTransaction(() -> {
            MatchState state = MatchState.initial();
            events.lockMatch(matchId).orElseThrow(() -> new NotFound("no match with id " + matchId));
            for (MatchEvent event : log) {
                state = state.apply(event); // every event through the engine before any is stored
            }
            events.appendBatch(matchId, log);
            events.setStatus(matchId, wireStatus(state.status()), state.seq());
            return state;
        });
    }

    /** Tells the read side about a log written by {@link #appendAll} after its transaction committed. */
    public void committed(long matchId, MatchState state) {
        states.remember(matchId, state);
        notifyListener(matchId, state);
    }

    public List<StoredEvent> events(long matchId, int after) {
        List<StoredEvent> found = events.events(matchId, after);
        if (found.isEmpty() && !events.matchExists(matchId)) {
            throw new NotFound("no match with id " + matchId);
        }
        return found;
    }

    private record Committed(MatchState state, boolean created) {}

    /**
     * The usual ball, in one round trip instead of three: this instance holds the state at expectedSeq (a log only
     * grows, so that is the database's state at that seq), the engine takes the event, and one statement appends it
     * if the match is still at expectedSeq. Anything else (state not held here, an engine refusal, a stale seq, a
     * retry, another instance's write) returns null and goes to {@link #append}, which answers each of those.
     */
    private Committed appendIfCurrent(long matchId, UUID eventId, int expectedSeq, MatchEvent event, User by) {
        Optional<MatchState> held = states.held(matchId, expectedSeq);
        if (held.isEmpty()) {
            return null;
        }
        MatchState next;
        try {
            next = held.get().apply(event);
        } catch (ScoringException e) {
            return null; // the locking path checks the seq first: a stale write hears 409, not the engine's refusal
        }
        try {
            boolean appended = events.appendIfAt(
                    matchId, expectedSeq, eventId, event, by == null ? null : by.id(), wireStatus(next.status()));
            return appended ? new Committed(next, true) : null;
        } catch (DuplicateKeyException e) {
            return null; // the eventId is stored: a retry, which the locking path answers with the first result
        }
    }

    private Committed append(long matchId, UUID eventId, int expectedSeq, MatchEvent event, User by) {
        // The locked row's version is the seq of its newest event: both are written together in this transaction.
        EventRepository.Locked locked = events.lockMatchAndFind(matchId, eventId)
                .orElseThrow(() -> new NotFound("no match with id " + matchId));
        int current = locked.version();
        var earlier = locked.placement();
        if (earlier.isEmpty() && expectedSeq != current) {
            // A retry that waited for the lock behind its own first attempt sees that attempt only in a new snapshot.
            earlier = events.placement(eventId);
        }
        if (earlier.isPresent()) {
            return new Committed(retried(matchId, eventId, expectedSeq, event, earlier.get()), false);
        }
        if (expectedSeq != current) {
            throw new Conflict("expectedSeq " + expectedSeq + " is stale: the match is at seq " + current
                            + "; reload the events after " + Math.min(expectedSeq, current) + " and retry")
                    .with("currentSeq", current);
        }
        MatchState next = states.at(matchId, current).apply(event);
        events.appendAndAdvance(
                matchId, next.seq(), eventId, event, by == null ? null : by.id(), wireStatus(next.status()));
        return new Committed(next, true);
    }

    /**
     * The state a retry is answered with: the one after the event stored under its eventId. A retry is the same
     * request sent again, so the stored event must be the one sent, compared as bound records (both came through the
     * same constructors, so spacing and field order in the JSON do not count); anything else is a client reusing
     * an eventId for a new event, and answering it as a retry would drop that event without a word.
     */
    private MatchState retried(long matchId, UUID eventId, int expectedSeq, MatchEvent event, Placement stored) {
        if (stored.matchId() != matchId) {
            throw new Conflict("eventId " + eventId + " was already used for match " + stored.matchId()
                            + "; send a new UUID for a new event")
                    .with("field", "eventId");
        }
        if (!stored.event().equals(event)) {
            throw new Conflict("eventId " + eventId + " was already used for a different event: seq "
                            + stored.seq() + " (" + stored.event().typeName() + ") is stored under it, and this "
                            + event.typeName() + " builds on seq " + expectedSeq
                            + "; send a new UUID for a new event")
                    .with("field", "eventId")
                    .with("storedSeq", stored.seq())
                    .with("expectedSeq", expectedSeq);
        }
        return states.at(matchId, stored.seq());
    }

    private void notifyListener(long matchId, MatchState state) {
        try {
            listener.eventCommitted(matchId, state.seq(), state);
        } catch (RuntimeException e) {
            log.warn("views listener failed matchId={} seq={}", matchId, state.seq(), e);
        }
    }

    /** The match list's status: upcoming before the toss, completed once decided, live in between. */
    public static String wireStatus(MatchStatus status) {
        return switch (status) {
            case NOT_STARTED -> FixtureStatus.UPCOMING.wire();
            case COMPLETED -> FixtureStatus.COMPLETED.wire();
            case IN_PROGRESS, INNINGS_BREAK -> FixtureStatus.LIVE.wire();
        };
    }
}
