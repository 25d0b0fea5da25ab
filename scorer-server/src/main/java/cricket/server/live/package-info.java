/**
 * Live push: {@code GET /api/v1/matches/{id}/stream} sends each new version of a match's live summary as a
 * Server-Sent Event. New versions come from the read cache, which hears of every write on any instance through the
 * Redis channel, so any instance can serve any reader; each event is the near cache's stored bytes.
 */
package cricket.server.live;
