package cricket.desktop.client;

import cricket.scoring.MatchEvent;
import java.util.UUID;

/**
 * An event this console entered but the server never took (another device moved the match on, or the server refused
 * it), as kept in the set-aside file with the scorer's decision. A later line of the same {@code eventId} is the
 * newer decision; nothing is ever removed, so a dropped ball can still be read there.
 *
 * @param expectedSeq the seq it was built on when first entered
 * @param reason why it was set aside, in the server's words or the console's
 * @param decision what the scorer chose; {@link Decision#UNDECIDED} until then
 * @param sentAs the event queued again (the same, or the scorer's edit), or {@code null}
 */
public record SetAsideEntry(
        UUID eventId,
        long matchId,
        int expectedSeq,
        MatchEvent event,
        String reason,
        Decision decision,
        MatchEvent sentAs) {

    public SetAsideEntry {
        if (eventId == null || event == null || decision == null) {
            throw new IllegalArgumentException("a set-aside entry needs eventId, event and decision, got " + eventId);
        }
    }

    /** The scorer's answer to a set-aside event. */
    public enum Decision {
        /** Waiting for the scorer. */
        UNDECIDED,
        /** Queued again as it was, on the server's newer score. */
        REAPPLIED,
        /** Queued again as the scorer corrected it. */
        EDITED,
        /** Not sent; kept here. */
        DROPPED
    }

    static SetAsideEntry of(OutboxEntry entry, String reason) {
        return new SetAsideEntry(
                entry.eventId(), entry.matchId(), entry.expectedSeq(), entry.event(), reason, Decision.UNDECIDED, null);
    }

    SetAsideEntry decided(Decision newDecision, MatchEvent queued) {
        return new SetAsideEntry(eventId, matchId, expectedSeq, event, reason, newDecision, queued);
    }

    public boolean undecided() {
        return decision == Decision.UNDECIDED;
    }
}
