package cricket.desktop.client;

import static cricket.desktop.client.TryFolderLock.LOCKED;
import static cricket.desktop.client.TryFolderLock.REFUSED;
import static cricket.desktop.client.TryFolderLock.inAnotherProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One console per data folder, whether the second one runs in this JVM or in another process: a refusal in this JVM
 * must not loosen the hold against the others (a POSIX lock belongs to the process, not to the channel that took it).
 */
class FolderLockTest {
    @TempDir
    Path temp;

    private Path folder() throws Exception {
        return Files.createDirectories(temp.resolve("data"));
    }

    @Test
    void aSecondConsoleRefusedInThisJvmLeavesTheFolderLockedAgainstAnotherProcess() throws Exception {
        Path folder = folder();
        Outbox first = new Outbox(folder);
        first.add(9, 0, HoldFolder.ball(1));

        assertThatThrownBy(() -> new Outbox(folder)).isInstanceOf(FolderInUseException.class);
        assertThat(inAnotherProcess(folder))
                .as("another process after the refusal in this one")
                .isEqualTo(REFUSED);
        assertThat(first.unsent(9)).hasSize(1);

        first.close();
        assertThat(inAnotherProcess(folder))
                .as("another process once the first console closed")
                .isEqualTo(LOCKED);
        try (Outbox again = new Outbox(folder)) {
            assertThat(again.unsent(9)).as("this JVM may open it again too").hasSize(1);
        }
    }

    @Test
    void anotherNameForTheSameFolderIsTheSameFolder() throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotStartWithIgnoringCase("windows"); // links need rights there
        Path folder = folder();
        Path link = Files.createSymbolicLink(temp.resolve("link"), folder);
        try (Outbox first = new Outbox(folder)) {
            assertThatThrownBy(() -> new Outbox(link)).isInstanceOf(FolderInUseException.class);
            assertThatThrownBy(() -> new Outbox(temp.resolve("link/../data/.")))
                    .isInstanceOf(FolderInUseException.class);
            assertThat(inAnotherProcess(link)).isEqualTo(REFUSED);
        }
        try (Outbox throughTheLink = new Outbox(link)) {
            assertThatThrownBy(() -> new Outbox(folder)).isInstanceOf(FolderInUseException.class);
        }
    }

    @Test
    void aConsoleClosedTwiceDoesNotFreeTheFolderTheNextConsoleHolds() throws Exception {
        Path folder = folder();
        Outbox first = new Outbox(folder);
        first.close();
        try (Outbox second = new Outbox(folder)) {
            first.close();
            assertThatThrownBy(() -> new Outbox(folder)).isInstanceOf(FolderInUseException.class);
            assertThat(inAnotherProcess(folder)).isEqualTo(REFUSED);
        }
    }
}
