package cricket.desktop.client;

/**
 * What the status bar shows.
 *
 * @param online whether the last contact with the server worked
 * @param waiting events written locally that the server does not have yet
 * @param setAside events set aside that wait for the scorer to re-apply, edit or drop them
 * @param problem a sentence saying what stopped sending and what to do, or {@code null}
 * @param stopped why sending stopped, for the screen to offer the way out, or {@code null} while it goes on
 * @param lastAnswer the server's last answer to a send, or {@code null} before the first
 */
public record OutboxStatus(
        boolean online, int waiting, int setAside, String problem, Stopped stopped, ServerAnswer lastAnswer) {
    /**
     * What stopped the sending: someone else scored the match or the server refused an event (both: reload and
     * review what was set aside), or the session was refused (sign in).
     */
    public enum Stopped {
        CONFLICT,
        REFUSED,
        SESSION;

        /** Whether the way on is to reload the match from the server and set this console's unsent events aside. */
        public boolean needsReload() {
            return this != SESSION;
        }
    }

    /** A status before any answer. */
    public OutboxStatus(boolean online, int waiting, int setAside, String problem, Stopped stopped) {
        this(online, waiting, setAside, problem, stopped, null);
    }

    /** A status with nothing stopped and nothing set aside. */
    public OutboxStatus(boolean online, int waiting) {
        this(online, waiting, 0, null, null);
    }
}
