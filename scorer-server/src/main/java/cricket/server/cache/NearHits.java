package cricket.server.cache;

import cricket.server.publicread.ViewKind;

/**
 * Which near-cache entries a read may be answered with at once, without waiting on anything: what
 * {@link ViewCache#of} would answer as a HIT when Redis is up and the near cache holds the view, and no newer render
 * of it is pending here (a view rendered after the reply), nor a newer live version (a view rendered when read). The
 * fast path asks this on Jetty's selector thread, so it only reads memory.
 */
final class NearHits {
    private final NearCache near;
    private final RedisGuard guard;
    private final LateRenders late;

    NearHits(NearCache near, RedisGuard guard, LateRenders late) {
        this.near = near;
        this.guard = guard;
        this.late = late;
    }

    /** The entry to answer with now, or null when the read must go the full way. */
    CachedView held(Subject subject, ViewKind kind) {
        if (!kind.cache().near() || !guard.allows()) {
            return null;
        }
        CachedView held = near.get(subject, kind);
        if (held == null) {
            return null;
        }
        if (subject instanceof Subject.Match match) {
            boolean stale = switch (kind.render()) {
                case AFTER_REPLY -> late.pending(match.id(), held.version() + 1);
                case ON_READ -> {
                    int live = near.version(subject, ViewKind.LIVE);
                    yield live < 0 || held.version() < live;
                }
                case BEFORE_REPLY -> false;
            };
            if (stale) {
                return null;
            }
        }
        return held;
    }
}
