package cricket.desktop.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import cricket.scoring.MatchEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable queue of events on their way to the server. Every event is appended to a JSON-lines journal and forced
 * to disk before anything else happens, so a crash or a restart of the laptop loses nothing entered. A sender thread
 * posts them in order, retries with backoff while the server cannot be reached, and stops at a conflict instead of
 * dropping anything.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long MAX_BACKOFF_MS = 4000;

    private final Path journal;
    private final Map<UUID, OutboxEntry> entries = new LinkedHashMap<>();
    private final List<Consumer<OutboxStatus>> listeners = new CopyOnWriteArrayList<>();
    private FileChannel channel;
    private Thread sender;
    private ApiClient api;
    private boolean online = true;
    /** Why sending stopped (null while it goes on), and the words the screen shows for it: set and cleared together. */
    private OutboxStatus.Stopped stopped;

    private String problem;
    private volatile boolean closed;

    /** Opens (or creates) the journal in {@code folder}, keeping every entry the server does not have yet. */
    public Outbox(Path folder) {
        try {
            Files.createDirectories(folder);
            this.journal = folder.resolve("outbox.jsonl");
            load();
            compact();
            channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the outbox in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void load() throws IOException {
        if (!Files.exists(journal)) {
            return;
        }
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                OutboxEntry entry = ApiClient.MAPPER.readValue(line, OutboxEntry.class);
                entries.put(entry.eventId(), entry); // a later line is the newer state of the same event
            } catch (JsonProcessingException e) {
                // Only the last line can be torn by a crash mid-write; it was never acknowledged to the scorer.
                LOG.warn("outbox journal line skipped file={} reason={}", journal, e.getOriginalMessage());
            }
        }
    }

    /** Rewrites the journal without the events the server already has, atomically. */
    private void compact() throws IOException {
        Path next = journal.resolveSibling("outbox.jsonl.next");
        StringBuilder text = new StringBuilder();
        entries.values().removeIf(e -> e.state() == OutboxEntry.State.SENT);
        for (OutboxEntry entry : entries.values()) {
            text.append(ApiClient.MAPPER.writeValueAsString(entry)).append('\n');
        }
        try (FileChannel out = FileChannel.open(
                next, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        Files.move(next, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes the event durably and queues it; returns once it is on disk. */
    public synchronized OutboxEntry add(long matchId, int expectedSeq, MatchEvent event) {
        OutboxEntry entry =
                new OutboxEntry(UUID.randomUUID(), matchId, expectedSeq, event, OutboxEntry.State.PENDING, null);
        record(entry);
        notifyAll();
        publish();
        return entry;
    }

    /** Events of the match the server does not have yet (pending or refused), oldest first. */
    public synchronized List<OutboxEntry> unsent(long matchId) {
        return entries.values().stream()
                .filter(e -> e.matchId() == matchId && e.unsent())
                .toList();
    }

    /** Events of the match the scorer set aside at a reload after a conflict, oldest first; kept for re-entry. */
    public synchronized List<OutboxEntry> setAsideEntries(long matchId) {
        return entries.values().stream()
                .filter(e -> e.matchId() == matchId && e.state() == OutboxEntry.State.SET_ASIDE)
                .toList();
    }

    /** Marks entries the server turns out to have already (a reply lost before a crash) as sent. */
    public synchronized void acknowledge(UUID eventId) {
        OutboxEntry entry = entries.get(eventId);
        if (entry != null && entry.unsent()) {
            record(entry.with(OutboxEntry.State.SENT, null));
            publish();
        }
    }

    /**
     * The scorer chose to take the server's version of the match: the unsent events are set aside (kept in the
     * journal, never sent) and sending resumes.
     *
     * @return how many events were set aside
     */
    public synchronized int setAside(long matchId) {
        List<OutboxEntry> unsent = unsent(matchId);
        unsent.forEach(e -> record(e.with(OutboxEntry.State.SET_ASIDE, e.problem())));
        LOG.warn("outbox entries set aside matchId={} count={}", matchId, unsent.size());
        problem = null;
        stopped = null;
        notifyAll();
        publish();
        return unsent.size();
    }

    public synchronized OutboxStatus status() {
        int waiting =
                (int) entries.values().stream().filter(OutboxEntry::unsent).count();
        return new OutboxStatus(online, waiting, problem, stopped);
    }

    /** Calls {@code listener} (on the sender's thread) whenever the status changes. */
    public synchronized void addListener(Consumer<OutboxStatus> listener) {
        listeners.add(listener);
        listener.accept(status());
    }

    /** For a screen that closes: the outbox outlives it. */
    public synchronized void removeListener(Consumer<OutboxStatus> listener) {
        listeners.remove(listener);
    }

    /** Starts (or, after a new sign-in, resumes) sending through {@code client}. */
    public synchronized void start(ApiClient client) {
        this.api = client;
        if (stopped == OutboxStatus.Stopped.SESSION) {
            problem = null;
            stopped = null;
        }
        if (sender == null) {
            sender = new Thread(this::sendLoop, "outbox-sender");
            sender.setDaemon(true);
            sender.start();
        }
        notifyAll();
    }

    /** Wakes the sender now, e.g. when the scorer presses "retry". */
    public synchronized void retryNow() {
        notifyAll();
    }

    private void sendLoop() {
        long backoff = 250;
        while (!closed) {
            OutboxEntry next = awaitNext();
            if (next == null) {
                return;
            }
            try {
                api.postEvent(next.matchId(), next.eventId(), next.expectedSeq(), next.event());
                sent(next);
                backoff = 250;
            } catch (OfflineException e) {
                offline(e.getMessage(), backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            } catch (ApiException e) {
                backoff = refused(next, e, backoff);
            } catch (RuntimeException e) {
                LOG.error("outbox send failed eventId={}", next.eventId(), e);
                offline("could not send: " + e.getMessage(), MAX_BACKOFF_MS);
            }
        }
    }

    private synchronized OutboxEntry awaitNext() {
        while (!closed) {
            OutboxEntry next = stopped == null ? firstPending() : null;
            if (next != null) {
                return next;
            }
            waitQuietly(0);
        }
        return null;
    }

    private OutboxEntry firstPending() {
        return entries.values().stream()
                .filter(e -> e.state() == OutboxEntry.State.PENDING)
                .findFirst()
                .orElse(null);
    }

    private synchronized void sent(OutboxEntry entry) {
        record(entry.with(OutboxEntry.State.SENT, null));
        online = true;
        LOG.info(
                "event sent matchId={} expectedSeq={} type={}",
                entry.matchId(),
                entry.expectedSeq(),
                entry.event().typeName());
        publish();
    }

    private synchronized void offline(String reason, long waitMs) {
        if (online) {
            LOG.warn("server unreachable, will retry: {}", reason);
        }
        online = false;
        publish();
        waitQuietly(waitMs);
    }

    private synchronized long refused(OutboxEntry entry, ApiException e, long backoff) {
        online = true;
        if (e.unauthorized()) {
            problem = "Sign in again: the server no longer accepts this session (" + e.getMessage() + ").";
            stopped = OutboxStatus.Stopped.SESSION;
        } else if (e.conflict()) {
            record(entry.with(OutboxEntry.State.CONFLICT, e.getMessage()));
            problem = conflictText(entry, e);
            stopped = OutboxStatus.Stopped.CONFLICT;
            LOG.warn(
                    "outbox stopped at a conflict matchId={} expectedSeq={} currentSeq={}: {}",
                    entry.matchId(),
                    entry.expectedSeq(),
                    e.currentSeq(),
                    e.getMessage());
        } else {
            // A server or gateway error: the event is kept and tried again; the scorer sees the link as down.
            LOG.warn("server refused event, will retry status={} detail={}", e.status(), e.getMessage());
            online = e.status() < 500;
            publish();
            waitQuietly(backoff);
            return Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
        publish();
        return 250;
    }

    private String conflictText(OutboxEntry entry, ApiException e) {
        int waiting = unsent(entry.matchId()).size();
        String cause = e.currentSeq() != null
                ? "Someone else has scored this match: the server has " + e.currentSeq()
                        + " events but this console built on " + entry.expectedSeq() + "."
                : "The server refused this console's next event: " + e.getMessage() + ".";
        return cause + " Sending has stopped; " + waiting + " event(s) are kept in the outbox. Check who else is"
                + " scoring, then choose \"Reload from server\" to continue from the server's score (your unsent"
                + " events are set aside in the outbox file, not deleted).";
    }

    private void record(OutboxEntry entry) {
        try {
            byte[] line = (ApiClient.MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(line));
            channel.force(true); // durable before the scorer sees the ball as entered
            entries.put(entry.eventId(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outbox journal " + journal + ": " + e.getMessage(), e);
        }
    }

    private void publish() {
        OutboxStatus status = status();
        listeners.forEach(l -> l.accept(status));
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            notifyAll();
            running = sender;
        }
        if (running != null) {
            try {
                running.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("outbox journal close failed file={}", journal, e);
            }
        }
    }
}
