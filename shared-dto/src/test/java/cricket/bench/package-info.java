/** Benchmarks run on purpose by the scripts under bench/, never by the test suite; each prints its figures. */
package cricket.bench;
