/** The fans' web pages: static shells and content-hashed assets, loaded and compressed once at start. */
package cricket.server.web;
