/**
 * The kill -9 proof: a real server process is killed in the middle of a stream of event writes and restarted on the
 * same database; every write it acknowledged must be there exactly once, with no gap in the sequence.
 */
package cricket.bench.killserver;
