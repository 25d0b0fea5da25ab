/** The server's command-line commands, one class each; {@link cricket.server.Main} dispatches to them. */
package cricket.server.cli;
