package cricket.server.scoring;

import cricket.scoring.MatchState;

/**
 * Told after an event has committed, with the state it produced, so the read side (the Redis cache) can render
 * and store the public views of that match once; when a match is created or deleted, so it knows which ids exist;
 * and when a fixture is edited, so the list of live matches is redone. Called outside the transaction, on the
 * writer's thread; a failure here is logged and never undoes what was committed.
 */
@FunctionalInterface
public interface MatchViewsListener {
    MatchViewsListener NONE = (matchId, version, state) -> {};

    void eventCommitted(long matchId, int version, MatchState state);

    default void matchCreated(long matchId) {}

    default void matchDeleted(long matchId) {}

    /** A fixture, team or tournament was edited: lists that show them are out of date. */
    default void fixturesChanged() {}

    /**
     * What the printed card says of a match beside its scoring (tournament, venue, start, officials) changed: the
     * views that print them are out of date although the match's version did not move.
     */
    default void factsChanged(long matchId) {}

    /** A tournament was made: its views exist from now (not only once the cache next re-reads the highest id). */
    default void tournamentCreated(long tournamentId) {}

    /** A player was made: their career view exists from now. */
    default void playerCreated(long playerId) {}

    /** A tournament's rules (its points) changed: its table is out of date. */
    default void tournamentChanged(long tournamentId) {}

    /** A tournament (which had no matches) was deleted: its views go. */
    default void tournamentDeleted(long tournamentId) {}
}
