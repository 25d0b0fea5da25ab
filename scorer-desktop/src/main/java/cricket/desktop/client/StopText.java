package cricket.desktop.client;

import java.nio.file.Path;

/**
 * The outbox's sentences for the scorer: what the status bar shows when it stops at an event (what happened, and what
 * the console does), and what the sign-in screen says when a start found lines it could not read.
 */
final class StopText {
    private StopText() {}

    static String quarantined(int lines, Path folder, Path journalQuarantine, Path setAsideQuarantine) {
        return lines + " line(s) of the outbox in " + folder.toAbsolutePath() + " could not be read (torn by a"
                + " crash, or damaged) and were kept, unchanged, in "
                + journalQuarantine.getFileName() + " or "
                + setAsideQuarantine.getFileName() + " beside it. A ball entered just before a crash may be"
                + " among them: check the score and enter again anything missing.";
    }

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
