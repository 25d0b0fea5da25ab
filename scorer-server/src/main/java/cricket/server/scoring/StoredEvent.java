package cricket.server.scoring;

import cricket.scoring.MatchEvent;
import java.time.Instant;
import java.util.UUID;

/** One row of the event log as the API shows it; {@code recordedBy} is the username, or null for imports. */
public record StoredEvent(
        int seq, UUID eventId, String type, MatchEvent event, String recordedBy, Instant recordedAt) {}
