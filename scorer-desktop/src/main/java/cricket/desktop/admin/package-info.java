/**
 * The admin's screens: tournaments, teams, players, squads, fixtures, scorer assignment, users, Cricsheet import and
 * export. Each is a View built in code over a ViewModel that calls the server through {@code ApiClient}, the same API
 * the Postman collection uses; every screen works from the keyboard and shows its keys.
 */
package cricket.desktop.admin;
