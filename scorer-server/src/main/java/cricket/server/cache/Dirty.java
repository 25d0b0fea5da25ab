package cricket.server.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The subjects whose newest views may be missing from Redis (written or rebuilt while it was away). */
final class Dirty {
    private final Set<Subject> subjects = ConcurrentHashMap.newKeySet();

    void add(Subject subject) {
        subjects.add(subject);
    }

    /** Takes a subject off the list; true when it was on it. */
    boolean remove(Subject subject) {
        return subjects.remove(subject);
    }

    Set<Subject> snapshot() {
        return Set.copyOf(subjects);
    }

    int size() {
        return subjects.size();
    }
}
