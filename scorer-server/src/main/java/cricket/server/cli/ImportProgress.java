package cricket.server.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./cricket import} shows while it works and when it is done: on a terminal one bar redrawn in place, else
 * one plain line per file (for logs and pipes); then a summary of what was imported, what was already there and what
 * was refused, each refusal with its reason.
 */
final class ImportProgress {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private int done;
    private int imported;
    private int alreadyThere;
    private int events;
    private final List<String> refused = new ArrayList<>();

    ImportProgress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    void imported(String file, String what, int eventCount) {
        imported++;
        events += eventCount;
        step(file, what);
    }

    void alreadyThere(String file, String what) {
        alreadyThere++;
        step(file, what);
    }

    void refused(String file, String reason) {
        refused.add(file + ": " + reason);
        step(file, "FAILED: " + reason);
    }

    boolean anyRefused() {
        return !refused.isEmpty();
    }

    private void step(String file, String what) {
        done++;
        if (!terminal) {
            out.println("[" + done + "/" + total + "] " + file + ": " + what);
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total
                + "  imported " + imported + ", already there " + alreadyThere + ", refused " + refused.size());
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    void summary() {
        out.println("cricket: imported " + (imported + alreadyThere) + " of " + total + " files: " + imported + " new ("
                + events + " events), " + alreadyThere + " already there, " + refused.size() + " refused");
        for (String reason : refused) {
            out.println("  refused " + reason);
        }
        out.flush();
    }
}
