package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * This instance's copy of the view bodies. An entry is only ever replaced by the same or a newer version, whatever
 * order the writer, the channel and a rebuild deliver them in. Bounded: when full, an arbitrary entry goes; a miss
 * costs one Redis read.
 */
final class NearCache {
    record Key(Subject subject, ViewKind kind) {}

    private final int capacity;
    private final Map<Key, CachedView> views = new ConcurrentHashMap<>();
    /** How often each subject was forgotten: a rebuild keeps its views only if none happened since its load began. */
    private final Map<Subject, Long> forgotten = new ConcurrentHashMap<>();

    NearCache(int capacity) {
        if (capacity < 16) {
            throw new IllegalArgumentException("near cache capacity must be 16 or more, got " + capacity);
        }
        this.capacity = capacity;
    }

    CachedView get(Subject subject, ViewKind kind) {
        return views.get(new Key(subject, kind));
    }

    /** Keeps {@code view} unless a newer version is held; the same version refreshes the check time. */
    CachedView offer(Subject subject, ViewKind kind, CachedView view) {
        Key key = new Key(subject, kind);
        if (views.size() >= capacity && !views.containsKey(key)) {
            views.keySet().stream().findAny().ifPresent(views::remove);
        }
        return views.merge(key, view, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    /**
     * Like {@link #offer}, and whichever version is kept counts as checked now: after a rebuild from the database
     * an entry that Redis once gave a higher version (a database restored or reset under it) is not rebuilt again
     * on every read. An entry no longer held (forgotten or evicted since the rebuild kept it) is not put back: the
     * rebuild's view is returned for this one read only.
     */
    CachedView offerChecked(Subject subject, ViewKind kind, CachedView view) {
        CachedView kept = views.computeIfPresent(
                new Key(subject, kind), (key, old) -> (view.version() >= old.version() ? view : old).checkedNow());
        return kept == null ? view : kept;
    }

    /** A mark to give {@link #keepUnlessForgotten}: read it before loading what the views are rendered from. */
    long forgottenMark(Subject subject) {
        return forgotten.getOrDefault(subject, 0L);
    }

    /**
     * Offers a rebuild's views and runs {@code thenStore} (which queues them for Redis), unless the subject was
     * forgotten since {@code mark} was read: then the views may be older than the change that forgot them (a career
     * loaded just before a ball, rendered after the ball dropped it) and neither is done. Atomic with {@link
     * #forget}, so a drop either comes after the store was queued (and its delete, queued later, removes it) or is
     * seen here.
     *
     * @return whether the views were kept
     */
    synchronized boolean keepUnlessForgotten(
            Subject subject, Map<ViewKind, CachedView> rebuilt, long mark, Runnable thenStore) {
        if (forgottenMark(subject) != mark) {
            return false;
        }
        rebuilt.forEach((kind, view) -> offer(subject, kind, view));
        thenStore.run();
        return true;
    }

    /** Drops the views of a subject (a deleted match, a career a ball changed): the only way an entry goes other than by eviction. */
    synchronized void forget(Subject subject) {
        forgotten.merge(subject, 1L, Long::sum);
        subject.kinds().forEach(kind -> views.remove(new Key(subject, kind)));
    }

    /** Drops some views of a subject (those that print a fixture's facts, after an edit of them). */
    void forget(Subject subject, List<ViewKind> kinds) {
        kinds.forEach(kind -> views.remove(new Key(subject, kind)));
    }

    /** The version held, or -1. */
    int version(Subject subject, ViewKind kind) {
        CachedView v = views.get(new Key(subject, kind));
        return v == null ? -1 : v.version();
    }

    /** The matches with a view held here. */
    Set<Subject.Match> matches() {
        return views.keySet().stream()
                .map(Key::subject)
                .filter(s -> s instanceof Subject.Match)
                .map(Subject.Match.class::cast)
                .collect(Collectors.toSet());
    }

    /** Every subject with a view held here. */
    Set<Subject> subjects() {
        return views.keySet().stream().map(Key::subject).collect(Collectors.toSet());
    }
}
