package cricket.server.cache;

import cricket.scoring.MatchState;
import cricket.server.competition.CompetitionSource;
import cricket.server.db.Jdbc;
import cricket.server.fixture.MatchCatalog;
import cricket.server.http.Json;
import cricket.server.publicread.PublicViews;
import cricket.server.publicread.View;
import cricket.server.publicread.ViewKind;
import cricket.server.scoring.MatchStates;
import cricket.server.scoring.MatchViewsListener;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public views served from memory: the facade over the cache's parts, and where they are wired. Writes render
 * each view once, keep it in the near cache and queue it for Redis ({@link ViewWriter}); reads answer from the near
 * cache (HIT), else from Redis or one single-flight rebuild per match ({@link Rebuilds}, MISS), and while the
 * breaker ({@link RedisGuard}) is open from the near cache rechecked against the database at most once per
 * {@link CacheSettings#recheck()} (FALLBACK). Other instances' writes arrive on the {@link ViewChannel}; after an
 * outage {@link Resync} levels Redis and the near cache again.
 */
public final class ViewCache implements PublicViews, MatchViewsListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ViewCache.class);
    private static final String HIT = "HIT";
    private static final String MISS = "MISS";
    private static final String FALLBACK = "FALLBACK";

    private final MatchStates states;
    private final ViewRenderer renderer;
    private final CacheSettings settings;
    private final CacheMetrics metrics;
    private final RedisGuard guard;
    private final ViewStore store;
    private final NearCache near;
    private final KnownMatches known;
    private final KnownMatches knownTournaments;
    private final KnownMatches knownPlayers;
    private final CompetitionRefresh competition;
    private final NewVersions versions;
    private final ViewWriter writer;
    private final Rebuilds rebuilds;
    private final Resync resync;
    private final LateRenders late;
    private final Dirty dirty = new Dirty();
    private final OnReadRenders onRead;
    private final NearHits hits;
    private final AtomicBoolean listQueued = new AtomicBoolean();
    private final ScheduledExecutorService prober;
    /** Channel refreshes and live-list rebuilds, off Lettuce's and the writers' threads. */
    private final ExecutorService worker;

    public ViewCache(
            MatchStates states,
            MatchCatalog catalog,
            CompetitionSource competitionSource,
            Jdbc jdbc,
            Json json,
            RedisClient redis,
            MeterRegistry registry,
            CacheSettings settings) {
        this.states = states;
        this.renderer = new ViewRenderer(json);
        this.settings = settings;
        CircuitBreaker breaker = new CircuitBreaker(settings.failuresToOpen());
        this.metrics = new CacheMetrics(registry, breaker);
        this.near = new NearCache(settings.nearCapacity());
        ViewCacheRepository repository = new ViewCacheRepository(jdbc, catalog, states);
        this.known =
                new KnownMatches(repository::highestMatchId, settings.recheck().toNanos());
        this.versions = new NewVersions(near);
        this.late = new LateRenders(settings.commandTimeout().toMillis() * 4);
        this.worker = Executors.newSingleThreadExecutor(DaemonThreads.named("view-cache-worker"));
        ChannelReceiver receiver = new ChannelReceiver(known, near, late, versions, worker);
        RedisLink link =
                ViewChannel.link(redis, settings.commandTimeout(), receiver, new PushedLiveViews(near, versions));
        this.guard = new RedisGuard(link, breaker, metrics, settings);
        this.store = new ViewStore(link, settings.ttl().toSeconds());
        this.knownTournaments = new KnownMatches(
                competitionSource.repository()::highestTournamentId,
                settings.recheck().toNanos());
        this.knownPlayers = new KnownMatches(
                competitionSource.repository()::highestPlayerId,
                settings.recheck().toNanos());
        this.writer =
                new ViewWriter(guard, store, dirty, settings.commandTimeout().toMillis() * 4);
        this.rebuilds = new Rebuilds(
                catalog,
                competitionSource,
                knownTournaments,
                knownPlayers,
                states,
                repository,
                renderer,
                known,
                near,
                writer,
                metrics);
        this.competition = new CompetitionRefresh(
                competitionSource.repository(),
                rebuilds,
                near,
                guard,
                store,
                writer,
                dirty,
                knownTournaments,
                knownPlayers);
        FactsDrops factsDrops = new FactsDrops(guard, store);
        this.resync =
                new Resync(guard, store, near, dirty, rebuilds, repository, versions, metrics, competition, factsDrops);
        receiver.pullWith(resync);
        this.onRead = new OnReadRenders(states, catalog, renderer, near, guard, store, writer, factsDrops);
        this.hits = new NearHits(near, guard, late);
        this.prober = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("view-cache-probe"));
        tick();
        long every = settings.probeInterval().toMillis();
        prober.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Told {@code (matchId, version)} when this instance gets a newer live view of a match. */
    @FunctionalInterface
    public interface NewVersionListener {
        void newVersion(long matchId, int version);
    }

    /** Registers a listener, called on the cache's threads (a write here, a channel message): hand work on. */
    public void onNewVersion(NewVersionListener listener) {
        versions.add(listener);
    }

    // ---- writes ----

    /**
     * Before the reply: the views the scorer waits for (the live view) into the near cache and queued for Redis, and
     * the news of the version. After it, on the render thread: the others, into the near cache and queued for Redis
     * at the same version (another instance hears of the version twice and pulls what is newer each time). Reads
     * here of a view not yet rendered wait for it. Each view's reply to hits (its brotli copy) is made on the worker,
     * so neither the scorer's reply nor a reader on Jetty's selector thread pays for it.
     */
    @Override
    public void eventCommitted(long matchId, int version, MatchState state) {
        known.exists(matchId);
        Subject.Match match = new Subject.Match(matchId);
        Map<ViewKind, CachedView> views = renderer.render(matchId, state, ViewKind.Render.BEFORE_REPLY);
        views.forEach((kind, view) -> near.offer(match, kind, view));
        versions.announce(match);
        writer.store(match, version, views);
        worker.execute(() -> views.values().forEach(CachedView::hit));
        late.submit(matchId, version, () -> {
            Map<ViewKind, CachedView> rest = renderer.render(matchId, state, ViewKind.Render.AFTER_REPLY);
            rest.forEach((kind, view) -> near.offer(match, kind, view));
            writer.store(match, version, rest);
            worker.execute(() -> rest.values().forEach(CachedView::hit));
        });
        queueListRebuild();
        competition.matchChanged(matchId, state);
    }

    /** An admin's edit moved the fixture revision: the live list is redone now, not with the next ball. */
    @Override
    public void fixturesChanged() {
        queueListRebuild();
        competition.heldTournamentsChanged();
    }

    /** And its tournament's fixture list, which other instances may hold though this one does not. */
    @Override
    public void factsChanged(long matchId) {
        onRead.factsChanged(new Subject.Match(matchId));
        competition.fixtureChanged(matchId);
    }

    /**
     * Other instances learn of it within {@link CacheSettings#recheck()}, when they next re-read the highest id; here
     * the admin's next read of the new tournament's table finds it at once.
     */
    @Override
    public void tournamentCreated(long tournamentId) {
        knownTournaments.exists(tournamentId);
    }

    @Override
    public void playerCreated(long playerId) {
        knownPlayers.exists(playerId);
    }

    @Override
    public void tournamentChanged(long tournamentId) {
        competition.tournamentChanged(tournamentId);
    }

    @Override
    public void tournamentDeleted(long tournamentId) {
        competition.tournamentDeleted(tournamentId);
    }

    /** One rebuild of the site's lists on the worker, however many writes asked for it meanwhile. */
    private void queueListRebuild() {
        if (listQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                listQueued.set(false);
                try {
                    rebuilds.rebuild(Subject.SITE);
                } catch (RuntimeException e) {
                    log.warn("site lists not refreshed: {}", e.toString());
                    dirty.add(Subject.SITE);
                }
            });
        }
    }

    /**
     * A fixture was made here: this instance knows the id at once, and the others through the channel, so none
     * answers 404 for it (an id asked for before it existed is otherwise remembered as missing for a while).
     */
    @Override
    public void matchCreated(long matchId) {
        known.exists(matchId);
        writer.run(() -> guard.call(() -> store.announceNewMatch(new Subject.Match(matchId))));
        competition.fixtureChanged(matchId);
        queueListRebuild(); // the home page's next fixtures
    }

    /**
     * A match without events was deleted here: its views go from this instance, from Redis and, through the
     * channel, from the others, and its id answers 404 again (a deleted match never comes back under that id).
     */
    @Override
    public void matchDeleted(long matchId) {
        Subject.Match match = new Subject.Match(matchId);
        forget(match);
        writer.run(() -> guard.call(() -> store.deleteMatch(match)));
        competition.heldTournamentsChanged(); // its tournament's fixture list
        queueListRebuild(); // the home page's next fixtures
    }

    private void forget(Subject.Match match) {
        near.forget(match);
        known.missing(match.id());
    }

    // ---- reads ----

    @Override
    public View match(ViewKind kind, long matchId) {
        return serve(new Subject.Match(matchId), kind);
    }

    @Override
    public View site(ViewKind kind) {
        return serve(Subject.SITE, kind);
    }

    @Override
    public View competition(ViewKind kind, long id) {
        return serve(Subject.of(kind, id), kind);
    }

    /** Older pages are rendered from the newest state, which {@link MatchStates} holds or replays once. */
    @Override
    public View page(ViewKind kind, long matchId, Integer before, int limit) {
        if (before == null && limit == kind.paged().newest()) {
            return match(kind, matchId);
        }
        View newest = match(ViewKind.LIVE, matchId);
        MatchState state = states.at(matchId, newest.version());
        return new View(renderer.page(kind, matchId, state, before, limit), state.seq(), null, newest.cache());
    }

    /** A near-cache hit that needs no wait ({@link NearHits}), counted as a hit; else null, counting nothing. */
    @Override
    public View held(ViewKind kind, long id) {
        CachedView held = hits.held(Subject.of(kind, id), kind);
        return held == null ? null : answer(held, HIT);
    }

    private View serve(Subject subject, ViewKind kind) {
        if (subject instanceof Subject.Match match && kind.render() == ViewKind.Render.ON_READ) {
            return serveOnRead(match, kind);
        }
        if (subject instanceof Subject.Match match && kind.render() == ViewKind.Render.AFTER_REPLY) {
            late.await(match.id(), near.version(subject, kind));
        }
        boolean redisUp = guard.allows();
        CachedView held = kind.cache().near() ? near.get(subject, kind) : null;
        if (held != null
                && (redisUp
                        || System.nanoTime() - held.checkedAt()
                                < settings.recheck().toNanos())) {
            return answer(held, redisUp ? HIT : FALLBACK);
        }
        rebuilds.refuseUnknown(subject);
        if (redisUp) {
            CachedView stored = guard.call(() -> store.fetch(subject, kind));
            if (stored != null && stored.version() >= (held == null ? -1 : held.version())) {
                return answer(near.offer(subject, kind, stored), MISS);
            }
        }
        CachedView rebuilt = rebuilds.rebuildUnlessRefreshed(subject, kind, held);
        CachedView newest = near.offerChecked(subject, kind, rebuilt);
        return answer(newest, guard.allows() ? MISS : FALLBACK);
    }

    /** A view rendered when read ({@link OnReadRenders}), at the version of the match's live view. */
    private View serveOnRead(Subject.Match match, ViewKind kind) {
        CachedView live = hits.held(match, ViewKind.LIVE); // the version, not a read of the live view: not counted
        int current =
                live != null ? live.version() : match(ViewKind.LIVE, match.id()).version();
        OnReadRenders.Found found = onRead.at(match, kind, current);
        return answer(found.view(), !guard.allows() ? FALLBACK : found.held() ? HIT : MISS);
    }

    private View answer(CachedView view, String result) {
        if (result.equals(HIT)) {
            metrics.hits.increment();
            return view.hit(); // the one View of these bytes, whatever it carries for the fast path made once
        }
        (result.equals(MISS) ? metrics.misses : metrics.fallbacks).increment();
        return view.answer(result); // its checksum made once for these bytes, as a hit's
    }

    // ---- the probe (the channel's messages: ChannelReceiver) ----

    private void tick() {
        try {
            resync.after(guard.check());
        } catch (RuntimeException e) {
            log.warn("view cache probe failed", e);
        }
    }

    /** For a one-shot command before it closes ({@link CommandDrain}): false when some views are not in Redis. */
    public boolean awaitStored(Duration patience) {
        return CommandDrain.awaitStored(
                patience, late.thread(), worker, competition.thread(), prober, writer.thread(), dirty, guard);
    }

    @Override
    public void close() {
        prober.shutdownNow();
        // The live list the last writes queued, then their views, reach Redis before the link closes.
        worker.shutdown();
        try {
            worker.awaitTermination(settings.commandTimeout().toMillis() * 4, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
        competition.close();
        late.close();
        writer.close();
        guard.close();
    }
}
