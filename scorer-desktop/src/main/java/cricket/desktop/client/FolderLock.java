package cricket.desktop.client;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data folder held by one console for its whole life: two consoles appending to one outbox would interleave
 * their balls and compact away each other's. An operating-system lock, so it is released when the console's process
 * ends, however it ends (no stale lock file to delete after a crash).
 *
 * <p>The operating system's lock only keeps other processes out. On Linux it is a POSIX record lock, held by the
 * process, not by the channel: a second console in the same JVM that merely opened and closed the lock file would
 * release the first one's lock. So the consoles of this JVM are kept apart first by {@link #HELD}, before the file is
 * opened at all.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE = "console.lock";

    /**
     * The folders a console of this JVM holds, by their real path (a link or a "./" must not make a second name for
     * one folder). Static because what it guards, the process's lock on the file, is process-wide too.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private FolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param folder an existing folder
     * @throws FolderInUseException when another console (in this process or another) holds the folder
     */
    static FolderLock acquire(Path folder) throws IOException {
        Path real = folder.toRealPath();
        if (!HELD.add(real)) {
            throw new FolderInUseException(folder); // the file is not even opened: its lock stays with its holder
        }
        try {
            FileChannel channel =
                    FileChannel.open(real.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            // No other channel of this JVM has the file open (HELD says so), so no overlap to catch here.
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close(); // this process held no lock on the file: closing releases nobody's
                throw new FolderInUseException(folder);
            }
            return new FolderLock(real, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(real);
            throw e;
        }
    }

    /** Releases the folder; a second call does nothing (the folder may belong to another console by then). */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(folder); // only once the file is closed, so the next holder's channel is the only one
            }
        }
    }
}
