/** The public reads that still query PostgreSQL, held to a few connections so the crowd never queues a scorer. */
package cricket.server.bulkhead;
