package cricket.desktop.client;

import cricket.scoring.MatchEvent;
import java.util.UUID;

/**
 * One event in the outbox, as written to the journal.
 *
 * @param expectedSeq the seq this event builds on (0 for a match's first event)
 * @param problem why the server refused it (CONFLICT, REFUSED) or why it was set aside (SET_ASIDE)
 */
public record OutboxEntry(UUID eventId, long matchId, int expectedSeq, MatchEvent event, State state, String problem) {

    public OutboxEntry {
        if (eventId == null || event == null || state == null) {
            throw new IllegalArgumentException("an outbox entry needs eventId, event and state, got " + eventId);
        }
        if (expectedSeq < 0) {
            throw new IllegalArgumentException("expectedSeq must be 0 or more, got " + expectedSeq);
        }
    }

    /** Where an entry is on its way to the server. */
    public enum State {
        /** Written locally, not yet acknowledged. */
        PENDING,
        /** The server has it. */
        SENT,
        /** The server is at another seq (someone else scored the match); sending has stopped. */
        CONFLICT,
        /** The server refused the event itself (a 4xx: the engine's rules, a bound, a permission); sending stopped. */
        REFUSED,
        /** Moved to the set-aside file at the reload, for the scorer's decision; dropped from the journal next start. */
        SET_ASIDE
    }

    OutboxEntry with(State newState, String newProblem) {
        return new OutboxEntry(eventId, matchId, expectedSeq, event, newState, newProblem);
    }

    boolean unsent() {
        return state == State.PENDING || state == State.CONFLICT || state == State.REFUSED;
    }
}
