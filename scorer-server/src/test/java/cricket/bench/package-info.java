/**
 * Benchmark programs for the scripts under {@code bench/}: a server on embedded PostgreSQL and Redis with a live match
 * and an optional scorer posting balls, and clients that time what a reader sees. Not run by {@code mvn verify}
 * (only {@code EventStreamTest}, the fan-out client's parsing, is).
 */
package cricket.bench;
