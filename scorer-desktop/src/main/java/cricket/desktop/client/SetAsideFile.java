package cricket.desktop.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The set-aside file beside the outbox: every event the server never took, with the scorer's newest decision on it.
 * Append-only and never compacted, so it is also the record of what was re-applied, edited or dropped. Guarded by
 * the {@link Outbox} that owns it.
 */
final class SetAsideFile implements AutoCloseable {
    private final JsonLines<SetAsideEntry> lines;
    private final Map<UUID, SetAsideEntry> entries = new LinkedHashMap<>();

    SetAsideFile(Path folder) {
        this.lines = new JsonLines<>(folder.resolve("set-aside.jsonl"), SetAsideEntry.class);
    }

    /** @return how many unreadable lines went to the quarantine */
    int load() throws IOException {
        JsonLines.Read<SetAsideEntry> read = lines.read();
        read.records().forEach(e -> entries.put(e.eventId(), e)); // a later line is the newer decision
        lines.openForAppend();
        return read.quarantined();
    }

    /**
     * Finishes what a crash interrupted, given the journal's newest entries: a move to this file writes the journal
     * first, and a re-apply queues the event (same eventId) before it writes the decision, so either half found
     * alone is completed here.
     */
    void finishInterrupted(Map<UUID, OutboxEntry> journal) {
        for (OutboxEntry entry : journal.values()) {
            if (entry.state() == OutboxEntry.State.SET_ASIDE && !contains(entry.eventId())) {
                append(SetAsideEntry.of(entry, entry.problem()));
            }
        }
        for (SetAsideEntry aside : all()) {
            OutboxEntry queued = journal.get(aside.eventId());
            if (aside.undecided() && queued != null && queued.state() != OutboxEntry.State.SET_ASIDE) {
                SetAsideEntry.Decision how = queued.event().equals(aside.event())
                        ? SetAsideEntry.Decision.REAPPLIED
                        : SetAsideEntry.Decision.EDITED;
                append(aside.decided(how, queued.event()));
            }
        }
    }

    Path quarantine() {
        return lines.quarantine();
    }

    boolean contains(UUID eventId) {
        return entries.containsKey(eventId);
    }

    void append(SetAsideEntry entry) {
        lines.append(entry);
        entries.put(entry.eventId(), entry);
    }

    List<SetAsideEntry> all() {
        return List.copyOf(entries.values());
    }

    List<SetAsideEntry> of(long matchId) {
        return entries.values().stream().filter(e -> e.matchId() == matchId).toList();
    }

    int undecided() {
        return (int) entries.values().stream().filter(SetAsideEntry::undecided).count();
    }

    @Override
    public void close() {
        lines.close();
    }
}
