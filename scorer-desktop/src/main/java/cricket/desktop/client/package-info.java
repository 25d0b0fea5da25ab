/**
 * Talking to the server: {@link cricket.desktop.client.ApiClient} is the one class that knows OkHttp and URLs, and
 * {@link cricket.desktop.client.Outbox} keeps every event on disk until the server has it.
 */
package cricket.desktop.client;
