package cricket.desktop.client;

import cricket.api.MatchDetail;
import cricket.api.StoredEvent;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import cricket.scoring.ScoringException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The match as this console sees it: the server's events followed by the ones still in the outbox, folded by the same
 * engine the server runs. Scoring goes on against this state whether or not the server can be reached.
 */
public final class LocalMatch {
    private static final Logger LOG = LoggerFactory.getLogger(LocalMatch.class);

    private final ApiClient api;
    private final Outbox outbox;
    private final long matchId;
    private final MatchDetail detail;
    private final List<MatchEvent> events = new ArrayList<>();
    private MatchState state = MatchState.initial();

    private LocalMatch(ApiClient api, Outbox outbox, MatchDetail detail) {
        this.api = api;
        this.outbox = outbox;
        this.matchId = detail.id();
        this.detail = detail;
    }

    /** Loads the match from the server and adds what this console entered but has not sent yet. Blocking. */
    public static LocalMatch open(ApiClient api, Outbox outbox, long matchId) {
        LocalMatch match = new LocalMatch(api, outbox, api.match(matchId));
        match.load();
        return match;
    }

    private void load() {
        List<StoredEvent> stored = api.events(matchId, 0); // outside the lock: the screen reads the state meanwhile
        synchronized (this) {
            adopt(stored);
        }
    }

    private void adopt(List<StoredEvent> stored) {
        Set<UUID> known = new HashSet<>();
        events.clear();
        for (StoredEvent e : stored) {
            known.add(e.eventId());
            events.add(e.event());
        }
        MatchState folded = fold(events);
        for (OutboxEntry entry : outbox.unsent(matchId)) {
            if (known.contains(entry.eventId())) {
                outbox.acknowledge(entry.eventId()); // sent before a crash, reply never recorded
                continue;
            }
            try {
                folded = folded.apply(entry.event());
                events.add(entry.event());
            } catch (ScoringException e) {
                // The server moved on while this console was away: sending will meet the conflict, and the reload
                // that follows sets these aside for the scorer; the match still opens on what does fold.
                LOG.warn(
                        "unsent event does not fold on the server's events matchId={} reason={}",
                        matchId,
                        e.getMessage());
                break;
            }
        }
        state = folded;
        LOG.info(
                "match loaded matchId={} serverEvents={} unsent={}",
                matchId,
                stored.size(),
                events.size() - stored.size());
    }

    private static MatchState fold(List<MatchEvent> events) {
        MatchState folded = MatchState.initial();
        for (MatchEvent e : events) {
            folded = folded.apply(e);
        }
        return folded;
    }

    /**
     * Applies the event locally (the engine refuses what cannot follow, with a sentence to show), writes it durably to
     * the outbox, and returns the new state.
     */
    public synchronized MatchState record(MatchEvent event) {
        MatchState next = state.apply(event);
        outbox.add(matchId, events.size(), event);
        events.add(event);
        state = next;
        return next;
    }

    /**
     * Re-applies a set-aside event (as it was, or the scorer's edit of it) on the state as it is now: the engine checks
     * it first, and a refusal throws with its sentence and changes nothing.
     */
    public synchronized MatchState reapply(SetAsideEntry aside, MatchEvent event) {
        MatchState next = state.apply(event);
        outbox.reapply(aside, events.size(), event);
        events.add(event);
        state = next;
        return next;
    }

    /**
     * Takes the server's version after a conflict or a refusal: this console's unsent events move to the set-aside
     * file (not deleted, not sent) and the match is loaded again. Blocking.
     */
    public MatchState reloadFromServer() {
        outbox.setAside(matchId);
        load();
        return state();
    }

    public synchronized MatchState state() {
        return state;
    }

    public synchronized List<MatchEvent> events() {
        return List.copyOf(events);
    }

    public Outbox outbox() {
        return outbox;
    }

    public long matchId() {
        return matchId;
    }

    public MatchDetail detail() {
        return detail;
    }

    public ApiClient api() {
        return api;
    }
}
