package cricket.server.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * This instance's copy of the view bodies, keyed {@code "<matchId>:<kind>"}. An entry is only ever replaced by the
 * same or a newer version, whatever order the writer, the channel and a rebuild deliver them in. Bounded: when
 * full, an arbitrary entry goes; a miss costs one Redis read.
 */
final class NearCache {
    private final int capacity;
    private final Map<String, CachedView> views = new ConcurrentHashMap<>();

    NearCache(int capacity) {
        if (capacity < 16) {
            throw new IllegalArgumentException("near cache capacity must be 16 or more, got " + capacity);
        }
        this.capacity = capacity;
    }

    static String key(long matchId, String kind) {
        return matchId + ":" + kind;
    }

    CachedView get(String key) {
        return views.get(key);
    }

    /** Keeps {@code view} unless a newer version is held; the same version refreshes the check time. */
    CachedView offer(String key, CachedView view) {
        if (views.size() >= capacity && !views.containsKey(key)) {
            views.keySet().stream().findAny().ifPresent(views::remove);
        }
        return views.merge(key, view, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /**
     * Like {@link #offer}, and whichever version is kept counts as checked now: after a rebuild from the database
     * an entry that Redis once gave a higher version (a database restored or reset under it) is not rebuilt again
     * on every read.
     */
    CachedView offerChecked(String key, CachedView view) {
        CachedView kept = offer(key, view);
        return views.merge(key, kept.checkedNow(), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /** Drops the given views of a match (it was deleted): the only way an entry goes other than by eviction. */
    void forget(long matchId, List<String> kinds) {
        kinds.forEach(kind -> views.remove(key(matchId, kind)));
    }

    /** The version held for {@code key}, or -1. */
    int version(String key) {
        CachedView v = views.get(key);
        return v == null ? -1 : v.version();
    }

    Set<Long> matchIds() {
        return views.keySet().stream()
                .map(k -> k.substring(0, k.indexOf(':')))
                .map(Long::valueOf)
                .filter(id -> id != ViewStore.LIST_ID)
                .collect(Collectors.toSet());
    }
}
