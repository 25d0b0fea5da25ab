/**
 * The competition (issue 16): a tournament's points table and leaders and a player's career, computed from the
 * engine's scorecards of the imported and scored matches. {@code PointsTable}, {@code Leaders} and {@code Career}
 * are pure computations; {@code CompetitionRepository} is the SQL; {@code CompetitionSource} is the port the cache
 * and the uncached views load through; {@code CompetitionService} and {@code CompetitionRoutes} are the admin's
 * points rules.
 */
package cricket.server.competition;
