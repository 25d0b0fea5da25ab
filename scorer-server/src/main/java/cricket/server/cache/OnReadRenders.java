package cricket.server.cache;

import cricket.api.MatchFacts;
import cricket.scoring.MatchState;
import cricket.server.domain.NotFound;
import cricket.server.fixture.MatchCatalog;
import cricket.server.publicread.ViewKind;
import cricket.server.scoring.MatchStates;
import java.util.Map;

/**
 * The views rendered when read ({@link ViewKind.Render#ON_READ}): at the version the match's live view has, a copy
 * held here is served; else one another instance stored in Redis; else it is rendered here once (one render per
 * match and view at a time, whoever else asks meanwhile waits for it) from the newest state {@link MatchStates} holds
 * (and, for a view that prints them, the fixture's facts: one query a render, none a read), kept in the near cache
 * and stored in Redis for the other instances.
 */
final class OnReadRenders {
    /** The view, and whether it was held here already (a hit) rather than fetched or rendered (a miss). */
    record Found(CachedView view, boolean held) {}

    private final MatchStates states;
    private final MatchCatalog catalog;
    private final ViewRenderer renderer;
    private final NearCache near;
    private final RedisGuard guard;
    private final ViewStore store;
    private final ViewWriter writer;
    private final FactsDrops drops;
    /** A flight renders one view of one match; two views of a match render side by side. */
    private record Flight(Subject.Match match, ViewKind kind) {}

    private final SingleFlight<Flight, CachedView> flights = new SingleFlight<>();

    OnReadRenders(
            MatchStates states,
            MatchCatalog catalog,
            ViewRenderer renderer,
            NearCache near,
            RedisGuard guard,
            ViewStore store,
            ViewWriter writer,
            FactsDrops drops) {
        this.states = states;
        this.catalog = catalog;
        this.renderer = renderer;
        this.near = near;
        this.guard = guard;
        this.store = store;
        this.writer = writer;
        this.drops = drops;
    }

    Found at(Subject.Match match, ViewKind kind, int current) {
        CachedView held = near.get(match, kind);
        if (held != null && held.version() >= current) {
            return new Found(held, true);
        }
        if (guard.allows()) {
            CachedView stored = guard.call(() -> store.fetch(match, kind));
            if (stored != null && stored.version() >= current) {
                return new Found(near.offer(match, kind, stored), false);
            }
        }
        Flight flight = new Flight(match, kind);
        CachedView view = flights.run(flight, () -> render(match, kind, current));
        if (view.version() < current) {
            // The flight this caller joined was rendering an older version; this one renders the version asked for.
            view = flights.run(flight, () -> render(match, kind, current));
        }
        return new Found(view, false);
    }

    /**
     * The fixture's facts changed, which moves no version: the views that print them go from here, from Redis and,
     * through the channel, from the other instances, so the next read renders them with the new facts. Only these
     * views print them, and they are rendered only when read, so no other copy needs refreshing.
     */
    void factsChanged(Subject.Match match) {
        // Dropped from Redis before here, or the next read here would fetch the old card back; and again behind the
        // stores already queued, one of which may hold a card rendered with the old facts. The second is sent again
        // once Redis answers if it did not reach it (Redis away: the other instances would not hear of the edit).
        guard.call(() -> store.dropFacts(match));
        forgetHeld(match);
        writer.run(() -> drops.send(match));
    }

    /** Another instance said the match's facts changed: the copies of the views that print them held here go. */
    void forgetHeld(Subject.Match match) {
        near.forget(match, Subject.Match.FACTS_KINDS);
    }

    private CachedView render(Subject.Match match, ViewKind kind, int current) {
        CachedView now = near.get(match, kind);
        if (now != null && now.version() >= current) {
            return now; // rendered by the flight this caller waited behind
        }
        MatchState state = states.at(match.id(), current);
        MatchFacts facts = kind.printsFacts()
                ? catalog.facts(match.id()).orElseThrow(() -> new NotFound("no match with id " + match.id()))
                : null;
        CachedView view = renderer.one(kind, match.id(), state, facts);
        near.offer(match, kind, view);
        writer.store(match, view.version(), Map.of(kind, view));
        return view;
    }
}
