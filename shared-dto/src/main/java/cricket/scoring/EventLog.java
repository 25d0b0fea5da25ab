package cricket.scoring;

import java.util.Arrays;

/**
 * The effective events of a match with the seq each was recorded at. Persistent: appending to the newest log
 * writes into a shared, growing array that older logs never read past their own size, so a ball costs O(1)
 * amortised; appending to an older log copies.
 */
final class EventLog {
    private final Backing backing;
    private final int size;

    private EventLog(Backing backing, int size) {
        this.backing = backing;
        this.size = size;
    }

    static EventLog empty() {
        return new EventLog(new Backing(16), 0);
    }

    int size() {
        return size;
    }

    MatchEvent event(int index) {
        checkIndex(index);
        return backing.events[index];
    }

    int seq(int index) {
        checkIndex(index);
        return backing.seqs[index];
    }

    /** The index of the effective event recorded at {@code seq}, or -1. */
    int indexOfSeq(int seq) {
        int found = Arrays.binarySearch(backing.seqs, 0, size, seq);
        return found >= 0 ? found : -1;
    }

    EventLog append(int seq, MatchEvent event) {
        synchronized (backing) {
            if (backing.used == size) {
                backing.ensureCapacity(size + 1);
                backing.events[size] = event;
                backing.seqs[size] = seq;
                backing.used++;
                return new EventLog(backing, size + 1);
            }
        }
        EventLog copy = copyOf(size + 1);
        copy.backing.events[size] = event;
        copy.backing.seqs[size] = seq;
        copy.backing.used = size + 1;
        return new EventLog(copy.backing, size + 1);
    }

    EventLog withoutLast() {
        return new EventLog(backing, size - 1);
    }

    /** A log whose event at {@code index} is {@code event}, keeping its seq. */
    EventLog with(int index, MatchEvent event) {
        checkIndex(index);
        EventLog copy = copyOf(size);
        copy.backing.events[index] = event;
        return copy;
    }

    private EventLog copyOf(int capacity) {
        Backing fresh = new Backing(Math.max(16, capacity + capacity / 2));
        System.arraycopy(backing.events, 0, fresh.events, 0, size);
        System.arraycopy(backing.seqs, 0, fresh.seqs, 0, size);
        fresh.used = size;
        return new EventLog(fresh, size);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("event index must be 0-" + (size - 1) + ", got " + index);
        }
    }

    private static final class Backing {
        MatchEvent[] events;
        int[] seqs;
        int used;

        Backing(int capacity) {
            events = new MatchEvent[capacity];
            seqs = new int[capacity];
        }

        void ensureCapacity(int capacity) {
            if (capacity > events.length) {
                int grown = Math.max(capacity, events.length * 2);
                events = Arrays.copyOf(events, grown);
                seqs = Arrays.copyOf(seqs, grown);
            }
        }
    }
}
