/**
 * Users (admin, scorer), bcrypt passwords and their changes, opaque bearer tokens stored hashed, scorer assignment,
 * and the login throttle (counted before the check, in Redis shared by every instance, in memory while it is away).
 */
package cricket.server.account;
