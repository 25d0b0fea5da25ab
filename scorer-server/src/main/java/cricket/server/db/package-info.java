/** PostgreSQL access: the one JDBC helper every repository uses (it counts queries), and Flyway migrations. */
package cricket.server.db;
