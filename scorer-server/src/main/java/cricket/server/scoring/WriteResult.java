package cricket.server.scoring;

import cricket.scoring.LiveScore;
import java.util.UUID;

/** The reply to an event write; a retry with the same eventId gets the identical body. */
public record WriteResult(long matchId, int seq, UUID eventId, LiveScore live) {}
