package cricket.server.cache;

import cricket.scoring.MatchState;
import cricket.scoring.Team;
import cricket.server.competition.Career;
import cricket.server.competition.CompetitionRepository;
import cricket.server.domain.NotFound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the competition's views in step with the matches, on a thread of its own (a table over a season's matches
 * takes longer than a match's views): after a change to any match, its tournament's table and leaders are rebuilt
 * and stored (and so reach the other instances on the channel), and the careers of the players in it are dropped
 * here, from Redis and, through the channel, from the other instances, to be rebuilt by the next read. Changes that
 * arrive while a refresh waits or runs are taken together by the next one, which starts at least
 * {@link #MIN_GAP_NANOS} after the last began.
 */
final class CompetitionRefresh implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CompetitionRefresh.class);

    private final CompetitionRepository repository;
    private final Rebuilds rebuilds;
    private final NearCache near;
    private final RedisGuard guard;
    private final ViewStore store;
    private final ViewWriter writer;
    private final Dirty dirty;
    private final KnownMatches tournaments;
    private final KnownMatches players;
    private final Map<Long, MatchState> changedMatches = new ConcurrentHashMap<>();
    private final Set<Long> changedTournaments = ConcurrentHashMap.newKeySet();
    /** Fixtures made or edited here since the last refresh: their tournaments' fixture lists are out of date. */
    private final Set<Long> changedFixtures = ConcurrentHashMap.newKeySet();
    /**
     * Refreshes start at most this often: a table over a season's matches costs far more than a ball's own views,
     * and a scorer's balls come seconds apart, while the tournament page reads the table every 15 s. Without the
     * gap a burst of balls (an import, a bench) rebuilt the table once per ball: a fifth of the server's CPU.
     */
    static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long lastStart = System.nanoTime() - MIN_GAP_NANOS;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("view-cache-competition"));

    CompetitionRefresh(
            CompetitionRepository repository,
            Rebuilds rebuilds,
            NearCache near,
            RedisGuard guard,
            ViewStore store,
            ViewWriter writer,
            Dirty dirty,
            KnownMatches tournaments,
            KnownMatches players) {
        this.repository = repository;
        this.rebuilds = rebuilds;
        this.near = near;
        this.guard = guard;
        this.store = store;
        this.writer = writer;
        this.dirty = dirty;
        this.tournaments = tournaments;
        this.players = players;
    }

    /** A match has a new state: its tournament's views and its players' careers are out of date. */
    void matchChanged(long matchId, MatchState state) {
        changedMatches.merge(matchId, state, (old, fresh) -> fresh.seq() >= old.seq() ? fresh : old);
        queue();
    }

    /** A tournament's rules or matches changed without a ball (points, a match moved, added or deleted). */
    void tournamentChanged(long tournamentId) {
        changedTournaments.add(tournamentId);
        queue();
    }

    /**
     * A fixture was made or its facts edited: its tournament's fixture list is redone (its tournament is looked up on
     * the thread), held here or not, so the instances that hold it hear of the new version (the edit moved it, V6).
     */
    void fixtureChanged(long matchId) {
        changedFixtures.add(matchId);
        queue();
    }

    /** Fixtures were edited (a match may have moved): every tournament whose views are held here is redone. */
    void heldTournamentsChanged() {
        near.subjects().stream()
                .filter(s -> s instanceof Subject.Tournament)
                .forEach(s -> changedTournaments.add(((Subject.Tournament) s).id()));
        queue();
    }

    /** A deleted tournament: its views go from here, from Redis and from the other instances. */
    void tournamentDeleted(long tournamentId) {
        Subject.Tournament subject = new Subject.Tournament(tournamentId);
        near.forget(subject);
        tournaments.missing(tournamentId);
        writer.run(() -> guard.call(() -> store.delete(subject)));
    }

    private void queue() {
        if (queued.compareAndSet(false, true)) {
            long wait = Math.max(0, lastStart + MIN_GAP_NANOS - System.nanoTime());
            try {
                thread.schedule(this::refresh, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                queued.set(false); // closing
            }
        }
    }

    private void refresh() {
        lastStart = System.nanoTime();
        queued.set(false);
        Map<Long, MatchState> matches = new HashMap<>();
        for (Long id : List.copyOf(changedMatches.keySet())) {
            MatchState state = changedMatches.remove(id);
            if (state != null) {
                matches.put(id, state);
            }
        }
        Set<Long> redo = new TreeSet<>();
        for (Long id : List.copyOf(changedTournaments)) {
            if (changedTournaments.remove(id)) {
                redo.add(id);
            }
        }
        Set<String> names = new TreeSet<>();
        try {
            for (Long id : List.copyOf(changedFixtures)) {
                if (changedFixtures.remove(id)) {
                    repository.tournamentOf(id).ifPresent(redo::add);
                }
            }
            matches.forEach((matchId, state) -> {
                repository.tournamentOf(matchId).ifPresent(redo::add);
                state.teams().stream().map(Team::players).forEach(names::addAll);
                names.addAll(Career.namesOnTheCard(state.scorecard())); // substitutes, whom the sides do not name
            });
            forget(repository.playerIds(names).stream().map(Subject.Player::new).toList());
        } catch (RuntimeException e) {
            log.warn("competition views not refreshed after matches={}: {}", matches.keySet(), e.toString());
        }
        for (long tournamentId : redo) {
            Subject.Tournament subject = new Subject.Tournament(tournamentId);
            try {
                tournaments.exists(tournamentId);
                rebuilds.rebuild(subject);
            } catch (NotFound e) {
                near.forget(subject);
            } catch (RuntimeException e) {
                log.warn("tournament views not refreshed tournamentId={}: {}", tournamentId, e.toString());
                dirty.add(subject);
            }
        }
    }

    /** Drops the players' careers here and in Redis, and tells the other instances to drop theirs. */
    private void forget(List<Subject.Player> dropped) {
        for (Subject.Player player : dropped) {
            players.exists(player.id());
            near.forget(player);
        }
        if (!dropped.isEmpty()) {
            writer.run(() -> {
                if (!guard.allows() || guard.call(() -> store.deletePlayers(dropped)) == null) {
                    // Redis still holds the old careers: rebuilt and pushed (version-guarded) once it answers.
                    dropped.forEach(dirty::add);
                }
            });
        }
    }

    /** After an outage the other instances' drops were not heard: careers held here are dropped and rebuilt. */
    void forgetHeldCareers() {
        near.subjects().stream().filter(s -> s instanceof Subject.Player).forEach(near::forget);
    }

    /** The refresh thread, for {@link CommandDrain}. */
    ScheduledExecutorService thread() {
        return thread;
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
