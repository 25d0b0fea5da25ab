/**
 * Benchmark programs for the scripts under {@code bench/}: a server on embedded PostgreSQL and Redis with a live match
 * and an optional scorer posting balls, clients that time what a reader sees, and {@code FanOutFloor}, the least push
 * server, to measure ours against. Not run by {@code mvn verify} (only {@code EventStreamTest}, the fan-out client's
 * parsing, and {@code FanOutFloorTest}, that the floor answers a reader as the real server does, are).
 */
package cricket.bench;
