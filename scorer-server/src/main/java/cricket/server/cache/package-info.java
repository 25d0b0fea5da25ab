/**
 * The read cache: public views rendered once per event, stored in Redis with the match's seq as version, fanned out
 * on a channel to each instance's near cache, and served as stored bytes. Redis failures trip a circuit breaker;
 * reads then fall back to single-flight rebuilds from the event log, and Redis is rewarmed when it answers again.
 */
package cricket.server.cache;
