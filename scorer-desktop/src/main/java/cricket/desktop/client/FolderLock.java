package cricket.desktop.client;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data folder held by one console for its whole life: two consoles appending to one outbox would interleave
 * their balls and compact away each other's. An operating-system lock, so it is released when the console's process
 * ends, however it ends (no stale lock file to delete after a crash).
 */
final class FolderLock implements AutoCloseable {
    static final String FILE = "console.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws FolderInUseException when another console (in this process or another) holds the folder */
    static FolderLock acquire(Path folder) throws IOException {
        FileChannel channel =
                FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another console in this same JVM
        }
        if (lock == null) {
            channel.close();
            throw new FolderInUseException(folder);
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
