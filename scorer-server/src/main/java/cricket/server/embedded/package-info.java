/** Embedded PostgreSQL and Redis for the demo and for every module's tests: real servers, free ports, no Docker. */
package cricket.server.embedded;
