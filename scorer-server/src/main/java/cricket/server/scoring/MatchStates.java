package cricket.server.scoring;

import cricket.api.StoredEvent;
import cricket.scoring.MatchEvent;
import cricket.scoring.MatchState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine state of a match, folded from its event log. The newest state of each match (written or replayed
 * here) is kept in memory, the server's one copy, and used only when its seq equals the one asked for, so a write
 * costs one small query instead of a full replay, and a second server instance writing to the same match is still
 * seen.
 */
public final class MatchStates {
    private final EventRepository events;
    private final Map<Long, MatchState> newest = new ConcurrentHashMap<>();

    public MatchStates(EventRepository events) {
        this.events = events;
    }

    /** The state after every stored event of the match. */
    public MatchState load(long matchId) {
        return at(matchId, events.currentSeq(matchId));
    }

    /** The state after the first {@code seq} events. */
    public MatchState at(long matchId, int seq) {
        Optional<MatchState> held = held(matchId, seq);
        if (held.isPresent()) {
            return held.get();
        }
        List<MatchEvent> log = events.events(matchId, 0).stream()
                .filter(e -> e.seq() <= seq)
                .map(StoredEvent::event)
                .toList();
        // Kept, so that the read side's next ask (an older commentary page on an instance that only reads) costs
        // no replay: this map is the one holder of a match's newest state.
        MatchState state = MatchState.replay(log);
        remember(matchId, state);
        return state;
    }

    /** The state after the first {@code seq} events if this instance holds it, without asking the database. */
    Optional<MatchState> held(long matchId, int seq) {
        MatchState cached = newest.get(matchId);
        return cached != null && cached.seq() == seq ? Optional.of(cached) : Optional.empty();
    }

    void remember(long matchId, MatchState state) {
        newest.merge(matchId, state, (old, fresh) -> fresh.seq() >= old.seq() ? fresh : old);
    }
}
