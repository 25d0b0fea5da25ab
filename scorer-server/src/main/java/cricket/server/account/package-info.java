/** Users (admin, scorer), bcrypt passwords, opaque bearer tokens stored hashed, login slowing, scorer assignment. */
package cricket.server.account;
