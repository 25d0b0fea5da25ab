package cricket.desktop.client;

/**
 * What the status bar shows.
 *
 * @param online whether the last contact with the server worked
 * @param waiting events written locally that the server does not have yet
 * @param problem a sentence saying what stopped sending and what to do, or {@code null}
 * @param stopped why sending stopped, for the screen to offer the way out, or {@code null} while it goes on
 */
public record OutboxStatus(boolean online, int waiting, String problem, Stopped stopped) {
    /** What stopped the sending: someone else scored the match (reload), or the session was refused (sign in). */
    public enum Stopped {
        CONFLICT,
        SESSION
    }

    /** A status with nothing stopped. */
    public OutboxStatus(boolean online, int waiting) {
        this(online, waiting, null, null);
    }
}
