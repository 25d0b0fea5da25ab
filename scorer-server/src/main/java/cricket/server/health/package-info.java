/** Operations: readiness on {@code /health}, Prometheus metrics and the one-line-per-request log. */
package cricket.server.health;
