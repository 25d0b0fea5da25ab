/** Sign-in: server address, user and password; the token is kept for the session, never the password. */
package cricket.desktop.login;
