package cricket.desktop.client;

import cricket.scoring.MatchEvent;
import java.util.UUID;

/**
 * One event in the outbox, as written to the journal.
 *
 * @param expectedSeq the seq this event builds on (0 for a match's first event)
 * @param problem why the server refused it, when {@code state} is CONFLICT
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
        /** The server refused it (someone else scored the match, or the engine refused it); sending has stopped. */
        CONFLICT,
        /** The scorer chose to reload from the server; kept in the journal so nothing entered is lost. */
        SET_ASIDE
    }

    OutboxEntry with(State newState, String newProblem) {
        return new OutboxEntry(eventId, matchId, expectedSeq, event, newState, newProblem);
    }

    boolean unsent() {
        return state == State.PENDING || state == State.CONFLICT;
    }
}
