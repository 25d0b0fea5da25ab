package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Redis and this instance's near cache level again after an outage: re-pushes what was written while Redis
 * was away (rewarm) and re-sends the facts drops that did not reach it ({@link FactsDrops}), takes what other
 * instances wrote meanwhile (resync: their channel messages were lost), and once, when Redis first answers, re-pushes
 * live matches whose stored views an instance that died left behind. Runs on the cache's probe thread, after each
 * {@link RedisGuard#check}.
 */
final class Resync {
    private static final Logger log = LoggerFactory.getLogger(Resync.class);

    private final RedisGuard guard;
    private final ViewStore store;
    private final NearCache near;
    private final Dirty dirty;
    private final Rebuilds rebuilds;
    private final ViewCacheRepository repository;
    private final NewVersions versions;
    private final CacheMetrics metrics;
    private final CompetitionRefresh competition;
    private final FactsDrops factsDrops;
    private boolean staleLiveMatchesChecked;

    Resync(
            RedisGuard guard,
            ViewStore store,
            NearCache near,
            Dirty dirty,
            Rebuilds rebuilds,
            ViewCacheRepository repository,
            NewVersions versions,
            CacheMetrics metrics,
            CompetitionRefresh competition,
            FactsDrops factsDrops) {
        this.guard = guard;
        this.store = store;
        this.near = near;
        this.dirty = dirty;
        this.rebuilds = rebuilds;
        this.repository = repository;
        this.versions = versions;
        this.metrics = metrics;
        this.competition = competition;
        this.factsDrops = factsDrops;
    }

    void after(RedisGuard.Health health) {
        if (health == RedisGuard.Health.DOWN) {
            return;
        }
        if (health == RedisGuard.Health.BACK) {
            log.info("redis breaker closed dirtyMatches={}", dirty.size());
        }
        markStaleLiveMatchesOnce();
        factsDrops.resend();
        rewarm();
        if (health == RedisGuard.Health.BACK) {
            resync();
        }
    }

    /**
     * An instance that died between a commit and its Redis store left Redis a version behind the database, and
     * nothing writes that match's views again until its next ball. Once Redis first answers, each match being
     * played whose stored live view is older than its database version is marked dirty and re-pushed; views that
     * are current, or absent (a miss rebuilds them), are left alone.
     */
    private void markStaleLiveMatchesOnce() {
        if (staleLiveMatchesChecked) {
            return;
        }
        staleLiveMatchesChecked = true;
        try {
            repository.liveMatchVersions().forEach((matchId, version) -> {
                Subject.Match match = new Subject.Match(matchId);
                Integer stored = guard.call(() -> store.version(match, ViewKind.LIVE));
                if (stored != null && stored >= 0 && stored < version) {
                    dirty.add(match);
                }
            });
        } catch (RuntimeException e) {
            log.warn("could not check the live matches' cached views at start: {}", e.toString());
        }
    }

    /** Re-renders every subject written while Redis was away and queues it for Redis (version-guarded). */
    private void rewarm() {
        for (Subject subject : dirty.snapshot()) {
            if (!guard.allows()) {
                return;
            }
            dirty.remove(subject);
            try {
                rebuilds.rebuild(subject);
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
            pull(match, Integer.MAX_VALUE, kind -> false);
            versions.announce(match);
        }
        pull(Subject.SITE, Integer.MAX_VALUE, kind -> false);
        for (Subject subject : near.subjects()) {
            if (subject instanceof Subject.Tournament) {
                pull(subject, Integer.MAX_VALUE, kind -> false);
            }
        }
        // A career is dropped rather than updated when a match changes, and the drops were not heard.
        competition.forgetHeldCareers();
        // So were the drops of an edit of a fixture's facts, which moves no version: the copies held here of the
        // views that print them go, fetched or rendered again by the next read (a drop still unsent when this
        // instance reads again removes the copy Redis kept, and tells this instance to drop it once more).
        near.matches().forEach(match -> near.forget(match, Subject.Match.FACTS_KINDS));
    }

    /**
     * Takes from Redis each view of {@code subject} held here older than {@code version}, but those {@code coming}
     * says this instance is rendering itself. One that Redis does not give (a command timed out on a busy machine,
     * the breaker is open) is dropped: no message will announce that version again, and a view known to be old must
     * not go on answering as a hit. The next read takes it from Redis or rebuilds it.
     */
    void pull(Subject subject, int version, Predicate<ViewKind> coming) {
        for (ViewKind kind : subject.kinds()) {
            if (coming.test(kind) || kind.render() == ViewKind.Render.ON_READ) {
                continue; // coming from this instance's own render, or made only when read
            }
            int held = near.version(subject, kind);
            if (held >= 0 && held < version) {
                Optional<CachedView> stored = guard.call(() -> Optional.ofNullable(store.fetch(subject, kind)));
                if (stored == null) {
                    near.forget(subject, List.of(kind));
                } else {
                    stored.ifPresent(view -> near.offer(subject, kind, view));
                }
            }
        }
    }
}
