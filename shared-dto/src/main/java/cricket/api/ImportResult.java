package cricket.api;

/** What importing one Cricsheet file did: the match it made (or had made before, {@code alreadyThere}). */
public record ImportResult(long matchId, String sourceId, String title, int events, boolean alreadyThere) {}
