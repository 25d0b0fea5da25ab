package cricket.desktop.client;

/** The words the status bar shows when the outbox stops at an event: what happened, and what the console does. */
final class StopText {
    private StopText() {}

    /** {@code currentSeq} is the server's seq when it named one (a stale write), else null. */
    static String of(OutboxEntry entry, String reason, Integer currentSeq, int waiting) {
        String cause = entry.state() == OutboxEntry.State.CONFLICT || currentSeq != null
                ? "Someone else has scored this match"
                        + (currentSeq == null
                                ? " (" + reason + ")."
                                : ": the server has " + currentSeq + " events but this console built on "
                                        + entry.expectedSeq() + ".")
                : "The server refused this console's event " + (entry.expectedSeq() + 1) + " ("
                        + entry.event().typeName() + "): " + reason + ".";
        return cause + " Sending has stopped; " + waiting + " event(s) are kept. The console reloads the match from"
                + " the server and sets them aside, for you to re-apply, edit or drop each one on the server's score"
                + " (nothing is sent again until you say so, and nothing is deleted).";
    }
}
