/** {@code ./cricket demo}: embedded PostgreSQL and Redis, a demo tournament from real Cricsheet matches, logins. */
package cricket.server.demo;
