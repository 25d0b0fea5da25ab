/**
 * Talking to the server: {@link cricket.desktop.client.ApiClient} is the one class that knows OkHttp and URLs, and
 * {@link cricket.desktop.client.Outbox} keeps every event on disk until the server has it (and, in the set-aside file,
 * every event the server did not take, with the scorer's decision on it), in a data folder held by one console.
 */
package cricket.desktop.client;
