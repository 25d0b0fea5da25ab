package cricket.desktop.client;

import cricket.scoring.MatchEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * posts them in order, retries with backoff while the server cannot be reached, and stops at a conflict or a refusal
 * instead of dropping anything: the scorer then reloads, and the unsent events move to the set-aside file for the
 * scorer to re-apply, edit or drop one by one. The folder is held by this outbox alone for its whole life.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long MAX_BACKOFF_MS = 4000;

    private final Path folder;
    private final FolderLock lock;
    private final JsonLines<OutboxEntry> journal;
    private final SetAsideFile setAside;
    private final Map<UUID, OutboxEntry> entries = new LinkedHashMap<>();
    private final List<Consumer<OutboxStatus>> listeners = new CopyOnWriteArrayList<>();
    private final int quarantined;
    private Thread sender;
    private ApiClient api;
    private boolean online = true;
    /** Why sending stopped (null while it goes on), and the words the screen shows for it: set and cleared together. */
    private OutboxStatus.Stopped stopped;

    private String problem;
    private ServerAnswer lastAnswer;
    private volatile boolean closed;

    /**
     * Opens (or creates) the journal in {@code folder}, keeping every entry the server does not have yet.
     *
     * @throws FolderInUseException when another console holds the folder
     */
    public Outbox(Path folder) {
        this.folder = folder;
        this.journal = new JsonLines<>(folder.resolve("outbox.jsonl"), OutboxEntry.class);
        this.setAside = new SetAsideFile(folder);
        try {
            Files.createDirectories(folder);
            this.lock = FolderLock.acquire(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the outbox in " + folder + ": " + e.getMessage(), e);
        }
        try {
            this.quarantined = load();
            compact();
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw e instanceof IOException io
                    ? new UncheckedIOException("cannot open the outbox in " + folder + ": " + e.getMessage(), io)
                    : (RuntimeException) e;
        }
        resumeStop();
    }

    /** @return how many unreadable lines went to the quarantine files */
    private int load() throws IOException {
        JsonLines.Read<OutboxEntry> lines = journal.read();
        lines.records().forEach(e -> entries.put(e.eventId(), e)); // a later line is the newer state of the same event
        int aside = setAside.load();
        setAside.finishInterrupted(entries);
        return lines.quarantined() + aside;
    }

    /** A stop written to the journal before the last close still holds: the sender must not skip past it. */
    private void resumeStop() {
        entries.values().stream()
                .filter(e -> e.state() == OutboxEntry.State.CONFLICT || e.state() == OutboxEntry.State.REFUSED)
                .findFirst()
                .ifPresent(e -> {
                    stopped = e.state() == OutboxEntry.State.CONFLICT
                            ? OutboxStatus.Stopped.CONFLICT
                            : OutboxStatus.Stopped.REFUSED;
                    problem = StopText.of(e, e.problem(), null, waiting(e));
                });
    }

    /** Rewrites the journal without the events the server already has or that live in the set-aside file. */
    private void compact() throws IOException {
        entries.values().removeIf(e -> e.state() == OutboxEntry.State.SENT || e.state() == OutboxEntry.State.SET_ASIDE);
        journal.rewrite(List.copyOf(entries.values()));
    }

    /**
     * What the start found unreadable: a sentence for the scorer naming the quarantine files, or {@code null} when
     * every line was read.
     */
    public String startReport() {
        return quarantined == 0
                ? null
                : StopText.quarantined(quarantined, folder, journal.quarantine(), setAside.quarantine());
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

    /** Events of the match set aside at a reload that wait for the scorer's decision, oldest first. */
    public synchronized List<SetAsideEntry> undecided(long matchId) {
        return setAside.of(matchId).stream().filter(SetAsideEntry::undecided).toList();
    }

    /** Every set-aside event of the match with its newest decision, oldest first (dropped ones included). */
    public synchronized List<SetAsideEntry> setAsideEntries(long matchId) {
        return setAside.of(matchId);
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
     * Takes the server's version of the match: its unsent events move to the set-aside file, undecided (the journal
     * says so first, so a crash in between is finished at the next start), and sending resumes. The first keeps the
     * server's reason; each later one was built on it, so it needs the scorer's decision too and says so.
     *
     * @return the events set aside now, oldest first
     */
    public synchronized List<SetAsideEntry> setAside(long matchId) {
        boolean ours = stoppedOn(matchId);
        List<SetAsideEntry> moved = new ArrayList<>();
        String first = null;
        for (OutboxEntry entry : unsent(matchId)) {
            String reason = first == null
                    ? (entry.problem() != null ? entry.problem() : "entered before the reload and not yet sent")
                    : "entered after \"" + first + "\", which was set aside, so it was built on a score the server"
                            + " does not have";
            first = first == null ? entry.event().typeName() + " " + (entry.expectedSeq() + 1) : first;
            record(entry.with(OutboxEntry.State.SET_ASIDE, reason));
            SetAsideEntry aside = SetAsideEntry.of(entry, reason);
            setAside.append(aside);
            moved.add(aside);
        }
        LOG.warn("outbox entries set aside matchId={} count={}", matchId, moved.size());
        if (ours) {
            problem = null;
            stopped = null;
        }
        notifyAll();
        publish();
        return moved;
    }

    /** Whether sending stopped at an event of this match (a conflict or a refusal), so its reload is the way on. */
    public synchronized boolean stoppedOn(long matchId) {
        return stopped != null
                && stopped.needsReload()
                && unsent(matchId).stream()
                        .anyMatch(
                                e -> e.state() == OutboxEntry.State.CONFLICT || e.state() == OutboxEntry.State.REFUSED);
    }

    /**
     * The scorer re-applies a set-aside event (as it was or edited) on the score as it is now: it is queued under its
     * own eventId (the server never stored it) and the decision is kept in the set-aside file.
     */
    public synchronized OutboxEntry reapply(SetAsideEntry aside, int expectedSeq, MatchEvent event) {
        OutboxEntry entry =
                new OutboxEntry(aside.eventId(), aside.matchId(), expectedSeq, event, OutboxEntry.State.PENDING, null);
        record(entry);
        setAside.append(aside.decided(
                event.equals(aside.event()) ? SetAsideEntry.Decision.REAPPLIED : SetAsideEntry.Decision.EDITED, event));
        notifyAll();
        publish();
        return entry;
    }

    /** The scorer drops a set-aside event: never sent, still in the set-aside file, marked dropped. */
    public synchronized void drop(SetAsideEntry aside) {
        setAside.append(aside.decided(SetAsideEntry.Decision.DROPPED, null));
        LOG.info("set-aside event dropped matchId={} eventId={}", aside.matchId(), aside.eventId());
        publish();
    }

    public synchronized OutboxStatus status() {
        int waiting =
                (int) entries.values().stream().filter(OutboxEntry::unsent).count();
        return new OutboxStatus(online, waiting, setAside.undecided(), problem, stopped, lastAnswer);
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
                int seq = api.postEvent(next.matchId(), next.eventId(), next.expectedSeq(), next.event());
                sent(next, seq);
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

    private synchronized void sent(OutboxEntry entry, int seq) {
        record(entry.with(OutboxEntry.State.SENT, null));
        online = true;
        lastAnswer = ServerAnswer.accepted(entry.event(), seq);
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
        lastAnswer = ServerAnswer.noAnswer(reason);
        publish();
        waitQuietly(waitMs);
    }

    private synchronized long refused(OutboxEntry entry, ApiException e, long backoff) {
        online = true;
        lastAnswer = ServerAnswer.of(e);
        if (e.transientFailure()) {
            // A server or gateway error: the event is kept and tried again; the scorer sees the link as down.
            LOG.warn("server failed on an event, will retry status={} detail={}", e.status(), e.getMessage());
            online = e.status() < 500;
            publish();
            waitQuietly(backoff);
            return Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
        if (e.unauthorized()) {
            problem = "Sign in again: the server no longer accepts this session (" + e.getMessage() + ").";
            stopped = OutboxStatus.Stopped.SESSION;
        } else {
            // Any other answer is the server refusing this event itself: sent again unchanged it would be refused
            // again, and the events after it were built on it.
            boolean stale = e.staleSeq();
            String reason = stale
                    ? "another console or person scored this match meanwhile (the server says: " + e.getMessage() + ")"
                    : e.getMessage();
            record(entry.with(stale ? OutboxEntry.State.CONFLICT : OutboxEntry.State.REFUSED, reason));
            stopped = stale ? OutboxStatus.Stopped.CONFLICT : OutboxStatus.Stopped.REFUSED;
            problem = StopText.of(entry, e.getMessage(), e.currentSeq(), waiting(entry));
            LOG.warn(
                    "outbox stopped matchId={} expectedSeq={} status={} currentSeq={}: {}",
                    entry.matchId(),
                    entry.expectedSeq(),
                    e.status(),
                    e.currentSeq(),
                    e.getMessage());
        }
        publish();
        return 250;
    }

    private int waiting(OutboxEntry entry) {
        return unsent(entry.matchId()).size();
    }

    private void record(OutboxEntry entry) {
        journal.append(entry); // durable before the scorer sees the ball as entered
        entries.put(entry.eventId(), entry);
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
            closeQuietly();
        }
    }

    private void closeQuietly() {
        journal.close();
        setAside.close();
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("outbox folder lock release failed folder={}", folder, e);
        }
    }
}
