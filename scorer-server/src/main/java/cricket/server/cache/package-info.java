/**
 * The read cache: public views ({@link cricket.server.publicread.ViewKind}) rendered once per version, stored in
 * Redis, fanned out on a channel to each instance's near cache, and served as stored bytes. In parts, each with one
 * reason to change: {@link cricket.server.cache.ViewCache} is the facade for reads and writes and wires the rest;
 * {@code RedisGuard} (breaker, ping, probe) guards every Redis call; {@code ViewWriter} is the one thread that writes
 * to Redis; {@code Rebuilds} loads from PostgreSQL one subject at a time, through the
 * {@link cricket.server.fixture.MatchCatalog} port (never a service); {@code Resync} levels Redis and the near cache
 * after an outage; {@code ViewChannel} parses the channel and {@code NewVersions} tells the live streams. A
 * {@code Subject} (a match, the site, a tournament or a player) is what one version covers; {@code CompetitionRefresh}
 * rebuilds a tournament's views after a change to one of its matches and drops its players' careers.
 */
package cricket.server.cache;
