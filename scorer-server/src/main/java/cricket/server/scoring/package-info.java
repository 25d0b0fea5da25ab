/**
 * The event write path: checks each event against the engine's state, appends it to {@code match_event} in one
 * transaction (idempotent by {@code eventId}, ordered by {@code expectedSeq}), then tells the read side.
 */
package cricket.server.scoring;
