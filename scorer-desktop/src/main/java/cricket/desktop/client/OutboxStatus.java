package cricket.desktop.client;

/**
 * What the status bar shows.
 *
 * @param online whether the last contact with the server worked
 * @param waiting events written locally that the server does not have yet
 * @param problem a sentence saying what stopped sending and what to do, or {@code null}
 */
public record OutboxStatus(boolean online, int waiting, String problem) {}
