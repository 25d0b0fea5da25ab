package cricket.desktop.client;

import cricket.scoring.MatchEvent;
import java.util.UUID;

/** One event as the server stores it, with the seq it was given. */
public record StoredEvent(int seq, UUID eventId, MatchEvent event, String recordedBy, String recordedAt) {
    public StoredEvent {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more, got " + seq);
        }
        if (event == null) {
            throw new IllegalArgumentException("event must be given for seq " + seq);
        }
    }
}
