package cricket.server.cache;

import cricket.scoring.MatchState;
import cricket.server.db.Jdbc;
import cricket.server.fixture.MatchCatalog;
import cricket.server.http.ApiException;
import cricket.server.http.Json;
import cricket.server.publicread.PublicViews;
import cricket.server.publicread.View;
import cricket.server.publicread.ViewKind;
import cricket.server.scoring.MatchStates;
import cricket.server.scoring.MatchViewsListener;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public views served from memory. Writes render each view once and push it to the near cache and Redis;
 * reads answer from the near cache (HIT), else from Redis or one single-flight rebuild per match (MISS), and
 * while the breaker is open from the near cache rechecked against the database at most once per
 * {@link CacheSettings#recheck()} (FALLBACK). Matches written while Redis was away are re-pushed when it returns.
 */
public final class ViewCache implements PublicViews, MatchViewsListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ViewCache.class);
    private static final String HIT = "HIT";
    private static final String MISS = "MISS";
    private static final String FALLBACK = "FALLBACK";

    private final MatchStates states;
    private final MatchCatalog catalog;
    private final ViewCacheRepository repository;
    private final ViewRenderer renderer;
    private final CacheSettings settings;
    private final CircuitBreaker breaker;
    private final CacheMetrics metrics;
    private final RedisLink link;
    private final ViewStore store;
    private final NearCache near;
    private final KnownMatches known;
    private final SingleFlight<Subject, Map<ViewKind, CachedView>> flights = new SingleFlight<>();
    private final Map<Long, MatchState> newestStates = new ConcurrentHashMap<>();
    private final Set<Subject> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean listQueued = new AtomicBoolean();
    private final List<NewVersionListener> newVersionListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService prober;
    private final ExecutorService worker;
    /** Stores written views in Redis in the order they were written, off the request thread. */
    private final ExecutorService storer;

    private final Map<Subject, PendingStore> pendingStores = new ConcurrentHashMap<>();
    private boolean staleLiveMatchesChecked;

    public ViewCache(
            MatchStates states,
            MatchCatalog catalog,
            Jdbc jdbc,
            Json json,
            RedisClient redis,
            MeterRegistry registry,
            CacheSettings settings) {
        this.states = states;
        this.catalog = catalog;
        this.repository = new ViewCacheRepository(jdbc, catalog);
        this.renderer = new ViewRenderer(json);
        this.settings = settings;
        this.breaker = new CircuitBreaker(settings.failuresToOpen());
        this.metrics = new CacheMetrics(registry, breaker);
        this.link = new RedisLink(redis, settings.commandTimeout(), ViewStore.CHANNEL, new Channel());
        this.store = new ViewStore(link, settings.ttl().toSeconds());
        this.near = new NearCache(settings.nearCapacity());
        this.known =
                new KnownMatches(repository::highestMatchId, settings.recheck().toNanos());
        this.prober = Executors.newSingleThreadScheduledExecutor(daemon("view-cache-probe"));
        this.worker = Executors.newSingleThreadExecutor(daemon("view-cache-worker"));
        this.storer = Executors.newSingleThreadExecutor(daemon("view-cache-store"));
        tick();
        long every = settings.probeInterval().toMillis();
        prober.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * An instance that died between a commit and its Redis store left Redis a version behind the database, and
     * nothing writes that match's views again until its next ball. Once Redis first answers, each match being
     * played whose stored live view is older than its database version is marked dirty and re-pushed; views that
     * are current, or absent (a miss rebuilds them), are left alone. Called from tick(), which runs one at a time.
     */
    private void markStaleLiveMatchesOnce() {
        if (staleLiveMatchesChecked) {
            return;
        }
        staleLiveMatchesChecked = true;
        try {
            repository.liveMatchVersions().forEach((matchId, version) -> {
                Subject.Match match = new Subject.Match(matchId);
                Integer stored = redis(() -> store.version(match, ViewKind.LIVE));
                if (stored != null && stored >= 0 && stored < version) {
                    dirty.add(match);
                }
            });
        } catch (RuntimeException e) {
            log.warn("could not check the live matches' cached views at start: {}", e.toString());
        }
    }

    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** Told {@code (matchId, version)} when this instance gets a newer live view of a match. */
    @FunctionalInterface
    public interface NewVersionListener {
        void newVersion(long matchId, int version);
    }

    /**
     * Registers a listener, called on the cache's threads after a write here or a channel message from any
     * instance: it should hand the work to its own thread.
     */
    public void onNewVersion(NewVersionListener listener) {
        newVersionListeners.add(listener);
    }

    private void announce(Subject.Match match) {
        long matchId = match.id();
        int version = near.version(match, ViewKind.LIVE);
        if (version < 0) {
            return;
        }
        for (NewVersionListener l : newVersionListeners) {
            try {
                l.newVersion(matchId, version);
            } catch (RuntimeException e) {
                log.warn("new version listener failed matchId={} version={}", matchId, version, e);
            }
        }
    }

    // ---- writes ----

    @Override
    public void eventCommitted(long matchId, int version, MatchState state) {
        known.exists(matchId);
        Subject.Match match = new Subject.Match(matchId);
        remember(matchId, state);
        Map<ViewKind, CachedView> views = renderer.render(matchId, state);
        offerNear(match, views);
        announce(match);
        // Redis (and through it the other instances) gets the views on the cache's writer thread: the scorer's
        // acknowledgement waits only for the commit and this instance's near cache, never for a slow or frozen
        // Redis. A store that fails marks the match dirty, to be re-pushed when Redis answers again.
        pendingStores.merge(match, new PendingStore(version, views), PendingStore::newer);
        storer.execute(() -> storePending(match));
        queueListRebuild();
    }

    /** An admin's edit moved the fixture revision: the live list is redone now, not with the next ball. */
    @Override
    public void fixturesChanged() {
        queueListRebuild();
    }

    /** One rebuild of the live list on the worker, however many writes asked for it meanwhile. */
    private void queueListRebuild() {
        if (listQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                listQueued.set(false);
                rebuildListQuietly();
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
        storer.execute(() -> redis(() -> store.announceNewMatch(new Subject.Match(matchId))));
    }

    /**
     * A match without events was deleted here: its views go from this instance, from Redis and, through the
     * channel, from the others, and its id answers 404 again (a deleted match never comes back under that id).
     */
    @Override
    public void matchDeleted(long matchId) {
        forget(matchId);
        storer.execute(() -> redis(() -> store.deleteMatch(new Subject.Match(matchId))));
    }

    private void forget(long matchId) {
        near.forget(new Subject.Match(matchId));
        newestStates.remove(matchId);
        known.missing(matchId);
    }

    /** The newest views of a match waiting for the writer thread; older ones still queued are skipped. */
    private record PendingStore(int version, Map<ViewKind, CachedView> views) {
        PendingStore newer(PendingStore other) {
            return other.version >= version ? other : this;
        }
    }

    private void storePending(Subject subject) {
        PendingStore pending = pendingStores.remove(subject);
        if (pending == null) {
            return; // an earlier task already stored these views or newer ones
        }
        storeInRedis(subject, pending.version(), pending.views());
    }

    /** Near cache first (this instance never reads older than its own writes), then Redis, or marked dirty. */
    private void publish(Subject subject, int version, Map<ViewKind, CachedView> views) {
        offerNear(subject, views);
        storeInRedis(subject, version, views);
    }

    private void offerNear(Subject subject, Map<ViewKind, CachedView> views) {
        views.forEach((kind, view) -> near.offer(subject, kind, view));
    }

    private void storeInRedis(Subject subject, int version, Map<ViewKind, CachedView> views) {
        if (!breaker.allows()) {
            dirty.add(subject);
            return;
        }
        if (redis(() -> store.storeIfNewer(subject, version, views)) == null) {
            dirty.add(subject);
        }
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
    public View commentary(long matchId, Integer before, int limit) {
        if (before == null && limit == NEWEST_PAGE) {
            return match(ViewKind.COMMENTARY, matchId);
        }
        // Older pages are rendered from the newest state held here; the state is reloaded only when it is behind.
        View newest = match(ViewKind.LIVE, matchId);
        MatchState state = newestStates.get(matchId);
        if (state == null || state.seq() < newest.version()) {
            rebuild(new Subject.Match(matchId));
            state = newestStates.get(matchId);
        }
        return new View(renderer.commentary(matchId, state, before, limit), state.seq(), null, newest.cache());
    }

    private View serve(Subject subject, ViewKind kind) {
        boolean redisUp = breaker.allows();
        CachedView held = near.get(subject, kind);
        if (held != null
                && (redisUp
                        || System.nanoTime() - held.checkedAt()
                                < settings.recheck().toNanos())) {
            return answer(held, redisUp ? HIT : FALLBACK);
        }
        if (subject instanceof Subject.Match match && !known.mayExist(match.id())) {
            metrics.unknownIds.increment();
            throw ApiException.notFound("no match with id " + match.id());
        }
        if (redisUp) {
            CachedView stored = redis(() -> store.fetch(subject, kind));
            if (stored != null && stored.version() >= (held == null ? -1 : held.version())) {
                return answer(near.offer(subject, kind, stored), MISS);
            }
        }
        CachedView rebuilt = rebuildUnlessRefreshed(subject, kind, held).get(kind);
        CachedView newest = near.offerChecked(subject, kind, rebuilt);
        return answer(newest, breaker.allows() ? MISS : FALLBACK);
    }

    private View answer(CachedView view, String result) {
        switch (result) {
            case HIT -> metrics.hits.increment();
            case MISS -> metrics.misses.increment();
            default -> metrics.fallbacks.increment();
        }
        return new View(view.body(), view.version(), view.gzip(), result);
    }

    // ---- rebuilds from the event log ----

    /**
     * A reader who missed may reach the single flight just after another reader's rebuild finished: the views
     * that rebuild left in the near cache are newer than what this reader saw, so they are used instead of a second
     * rebuild.
     */
    private Map<ViewKind, CachedView> rebuildUnlessRefreshed(Subject subject, ViewKind kind, CachedView seen) {
        return flights.run(subject, () -> {
            CachedView now = near.get(subject, kind);
            if (now != null && (seen == null || now.checkedAt() - seen.checkedAt() > 0)) {
                return Map.of(kind, now);
            }
            return rebuildNow(subject);
        });
    }

    private Map<ViewKind, CachedView> rebuild(Subject subject) {
        return flights.run(subject, () -> rebuildNow(subject));
    }

    /** Call only inside the subject's single flight. */
    private Map<ViewKind, CachedView> rebuildNow(Subject subject) {
        metrics.rebuilds.increment();
        if (subject instanceof Subject.Match match) {
            long matchId = match.id();
            if (!catalog.exists(matchId)) {
                known.missing(matchId);
                throw ApiException.notFound("no match with id " + matchId);
            }
            known.exists(matchId);
            MatchState state = states.load(matchId);
            remember(matchId, state);
            Map<ViewKind, CachedView> views = renderer.render(matchId, state);
            publish(subject, state.seq(), views);
            return views;
        }
        ViewCacheRepository.LiveList list = repository.liveList();
        Map<ViewKind, CachedView> views = renderer.render(list.version(), list.matches());
        publish(subject, list.version(), views);
        return views;
    }

    private void rebuildListQuietly() {
        try {
            rebuild(Subject.SITE);
        } catch (RuntimeException e) {
            log.warn("live list not refreshed: {}", e.toString());
            dirty.add(Subject.SITE);
        }
    }

    private void remember(long matchId, MatchState state) {
        newestStates.merge(matchId, state, (old, fresh) -> fresh.seq() >= old.seq() ? fresh : old);
    }

    // ---- Redis health: breaker, probe, rewarm ----

    /** Runs a Redis call; null when the breaker is open or the call failed (which counts towards opening it). */
    private <T> T redis(Supplier<T> call) {
        if (!breaker.allows()) {
            return null;
        }
        try {
            T result = call.get();
            breaker.succeeded();
            return result;
        } catch (RuntimeException e) {
            metrics.redisErrors.increment();
            if (breaker.failed()) {
                log.warn("redis breaker opened after {} failures: {}", settings.failuresToOpen(), e.toString());
            }
            return null;
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("view cache probe failed", e);
        }
    }

    private void tick() {
        if (breaker.allows() && !link.pubSubOpen()) {
            log.warn("redis channel connection lost; opening the breaker until it is back");
            breaker.forceOpen();
        }
        // An instance that only reads never calls Redis on a hit, so it would not notice a frozen Redis (whose
        // connections stay open) and would serve hits that no channel message can refresh: it checks here.
        // A failed ping counts like any failed command: one slow answer on a busy machine does not open it.
        if (breaker.allows()) {
            if (link.ping()) {
                breaker.succeeded();
            } else {
                metrics.redisErrors.increment();
                if (breaker.failed()) {
                    log.warn(
                            "redis breaker opened: no answer to {} pings within {} ms",
                            settings.failuresToOpen(),
                            timeoutMs());
                }
            }
        }
        if (breaker.allows()) {
            markStaleLiveMatchesOnce();
            rewarm();
            return;
        }
        if (!breaker.startProbe()) {
            return;
        }
        if (!link.probe()) {
            breaker.probeFailed();
            return;
        }
        breaker.probeSucceeded();
        log.info("redis breaker closed dirtyMatches={}", dirty.size());
        markStaleLiveMatchesOnce();
        rewarm();
        resync();
    }

    private long timeoutMs() {
        return settings.commandTimeout().toMillis();
    }

    /** Re-renders every match written while Redis was away from the event log and stores it (version-guarded). */
    private void rewarm() {
        for (Subject subject : Set.copyOf(dirty)) {
            if (!breaker.allows()) {
                return;
            }
            dirty.remove(subject);
            try {
                rebuild(subject);
                metrics.rewarmed.increment();
            } catch (RuntimeException e) {
                dirty.add(subject);
                log.warn("rewarm failed {}: {}", subject, e.toString());
            }
        }
    }

    /** Channel messages were lost while Redis was away: take anything newer Redis now holds. */
    private void resync() {
        for (Subject.Match match : near.matches()) {
            refreshFromRedis(match, Integer.MAX_VALUE);
            announce(match);
        }
        refreshFromRedis(Subject.SITE, Integer.MAX_VALUE);
    }

    private void refreshFromRedis(Subject subject, int version) {
        for (ViewKind kind : subject.kinds()) {
            int held = near.version(subject, kind);
            if (held >= 0 && held < version) {
                CachedView stored = redis(() -> store.fetch(subject, kind));
                if (stored != null) {
                    near.offer(subject, kind, stored);
                }
            }
        }
    }

    /**
     * {@code <matchId>:<version>} or {@code site:<version>} from any instance: refresh the views held here that are
     * older; for a match, version 0 announces a new match and -1 a deleted one.
     */
    private final class Channel extends RedisPubSubAdapter<byte[], byte[]> {
        @Override
        public void message(byte[] channel, byte[] message) {
            String text = new String(message, StandardCharsets.US_ASCII);
            try {
                if (text.startsWith(Subject.Site.MESSAGE_PREFIX)) {
                    int version = Integer.parseInt(text.substring(Subject.Site.MESSAGE_PREFIX.length()));
                    worker.execute(() -> refreshFromRedis(Subject.SITE, version));
                    return;
                }
                int colon = text.indexOf(':');
                Subject.Match match = new Subject.Match(Long.parseLong(text.substring(0, colon)));
                int version = Integer.parseInt(text.substring(colon + 1));
                if (version < 0) {
                    forget(match.id()); // deleted on another instance
                    return;
                }
                known.exists(match.id());
                if (version == 0) {
                    return; // a new match, announced only so that its id is known
                }
                worker.execute(() -> {
                    refreshFromRedis(match, version);
                    announce(match);
                });
            } catch (RuntimeException e) {
                log.warn("ignored a malformed view message \"{}\"", text);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        prober.shutdownNow();
        // Let the views of the last writes, and the live list they queued, reach Redis (each Redis call is bounded
        // by the command timeout).
        for (ExecutorService executor : List.of(worker, storer)) {
            executor.shutdown();
            try {
                executor.awaitTermination(timeoutMs() * 4, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor.shutdownNow();
        }
        link.close();
    }
}
