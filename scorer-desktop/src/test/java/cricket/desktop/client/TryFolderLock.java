package cricket.desktop.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another process asking for a console's data folder: takes the folder lock if it can, says whether it got it, and
 * ends (which releases whatever it took).
 */
public final class TryFolderLock {
    static final String LOCKED = "locked";
    static final String REFUSED = "refused";

    private TryFolderLock() {}

    public static void main(String[] args) throws IOException {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]))) {
            System.out.println(LOCKED);
        } catch (FolderInUseException e) {
            System.out.println(REFUSED);
        }
    }

    /** Runs the try on {@code folder} in a JVM of its own: {@link #LOCKED} or {@link #REFUSED}. */
    static String inAnotherProcess(Path folder) throws IOException, InterruptedException {
        Process process = ChildJvm.start(TryFolderLock.class, folder.toString());
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the other process did not end; it said: " + said);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "the other process failed with exit code " + process.exitValue() + ": " + said);
        }
        return said.lines().reduce((first, second) -> second).orElse("").strip();
    }
}
