package cricket.api;

import cricket.scoring.MatchEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * One event of a match's log as the server stores and serves it ({@code GET /api/v1/matches/{id}/events}) and the
 * console reads it back: one record for both sides, so the two cannot drift apart. {@code type} is the event's
 * wire name; {@code recordedBy} is the username, or null for imports.
 */
public record StoredEvent(int seq, UUID eventId, String type, MatchEvent event, String recordedBy, Instant recordedAt) {
    public StoredEvent {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, got " + seq);
        }
        if (event == null) {
            throw new IllegalArgumentException("event must be given for seq " + seq);
        }
    }
}
