package cricket.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import cricket.scoring.BallBowled;
import cricket.scoring.Delivery;
import cricket.scoring.MatchEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps the outbox's files safe: torn lines kept aside, one console per folder, crash halves finished. */
class OutboxSafetyTest {
    @TempDir
    Path folder;

    private static MatchEvent ball(int runs) {
        return new BallBowled(new Delivery("Bowler", "Striker", "Other", runs, false, null, null, false, null));
    }

    private Path journal() {
        return folder.resolve("outbox.jsonl");
    }

    private static String line(OutboxEntry entry) throws Exception {
        return ApiClient.MAPPER.writeValueAsString(entry) + "\n";
    }

    @Test
    void tornAndUnreadableLinesAreQuarantinedByteForByteReportedAndTheRestIsKept() throws Exception {
        try (Outbox first = new Outbox(folder)) {
            first.add(9, 0, ball(1));
            first.add(9, 1, ball(2));
        }
        byte[] torn = "{\"eventId\":\"4b1c".getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = {'{', (byte) 0xC3, (byte) 0x28, '}'};
        byte[] notAnEntry = "{\"eventId\":\"not-a-uuid\",\"matchId\":9}".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(notUtf8, notAnEntry, torn)) {
            Files.write(journal(), bad, StandardOpenOption.APPEND);
            Files.write(journal(), bad == torn ? new byte[0] : new byte[] {'\n'}, StandardOpenOption.APPEND);
        }

        try (Outbox reopened = new Outbox(folder)) {
            assertThat(reopened.unsent(9)).extracting(OutboxEntry::event).containsExactly(ball(1), ball(2));
            assertThat(reopened.startReport())
                    .startsWith("3 line(s) of the outbox")
                    .contains("outbox.quarantine");
        }
        byte[] kept = Files.readAllBytes(folder.resolve("outbox.quarantine"));
        byte[] expected = concat(notUtf8, notAnEntry, torn);
        assertThat(kept).isEqualTo(expected);
        assertThat(Files.readString(journal())).doesNotContain("4b1c").doesNotContain("not-a-uuid");

        try (Outbox again = new Outbox(folder)) {
            assertThat(again.startReport())
                    .as("reported once: the journal is clean now")
                    .isNull();
            assertThat(again.unsent(9)).hasSize(2);
        }
        assertThat(Files.readAllBytes(folder.resolve("outbox.quarantine")))
                .as("the quarantine is never emptied")
                .isEqualTo(expected);
    }

    private static byte[] concat(byte[]... lines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    @Test
    void aSecondOutboxOnTheSameFolderIsRefusedUntilTheFirstCloses() {
        Outbox first = new Outbox(folder);
        first.add(9, 0, ball(1));

        assertThatThrownBy(() -> new Outbox(folder))
                .isInstanceOf(FolderInUseException.class)
                .hasMessageContaining("Another scorer's console is already using the data folder")
                .hasMessageContaining(folder.toAbsolutePath().toString())
                .hasMessageContaining("--data");
        assertThat(first.unsent(9)).as("the refused one changed nothing").hasSize(1);

        first.close();
        try (Outbox second = new Outbox(folder)) {
            assertThat(second.unsent(9)).hasSize(1);
        }
    }

    @Test
    void aConsoleInAnotherProcessHoldingTheFolderIsRefusedToo() throws Exception {
        Process holder = HoldFolder.start(folder, "hold");
        try {
            assertThatThrownBy(() -> new Outbox(folder)).isInstanceOf(FolderInUseException.class);
        } finally {
            holder.getOutputStream().close(); // the holder exits when its input ends
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Outbox after = new Outbox(folder)) {
            assertThat(after.unsent(9)).as("released when that process ended").isEmpty();
        }
    }

    @Test
    void theFolderIsForcedAfterTheJournalsAtomicRename() throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotStartWithIgnoringCase("windows");
        try (Outbox outbox = new Outbox(folder)) {
            outbox.acknowledge(outbox.add(9, 0, ball(1)).eventId());
        }
        assertThat(JsonLines.forceDirectory(folder))
                .as("a folder can be forced here")
                .isTrue();
        try (Outbox reopened = new Outbox(folder)) {
            assertThat(Files.readString(journal()))
                    .as("the rewrite without the sent entry")
                    .isEmpty();
        }
        assertThat(Files.exists(folder.resolve("outbox.jsonl.next"))).isFalse();
    }

    @Test
    void aMoveToTheSetAsideFileCutShortByACrashIsFinishedAtTheNextStart() throws Exception {
        OutboxEntry movedOnlyInTheJournal =
                new OutboxEntry(UUID.randomUUID(), 9, 4, ball(3), OutboxEntry.State.SET_ASIDE, "stale");
        Files.writeString(journal(), line(movedOnlyInTheJournal));

        try (Outbox outbox = new Outbox(folder)) {
            assertThat(outbox.undecided(9)).singleElement().satisfies(e -> {
                assertThat(e.eventId()).isEqualTo(movedOnlyInTheJournal.eventId());
                assertThat(e.reason()).isEqualTo("stale");
            });
            assertThat(outbox.unsent(9)).isEmpty();
        }
    }

    @Test
    void aReApplyCutShortByACrashIsTakenAsDecidedAndNotProposedAgain() throws Exception {
        SetAsideEntry aside;
        try (Outbox outbox = new Outbox(folder)) {
            outbox.add(9, 4, ball(3));
            aside = outbox.setAside(9).get(0);
        }
        // The re-apply wrote its journal line, then the laptop died before the decision reached the set-aside file.
        OutboxEntry queued = new OutboxEntry(aside.eventId(), 9, 6, ball(4), OutboxEntry.State.PENDING, null);
        Files.writeString(journal(), line(queued), StandardOpenOption.APPEND);

        try (Outbox outbox = new Outbox(folder)) {
            assertThat(outbox.undecided(9)).isEmpty();
            assertThat(outbox.setAsideEntries(9)).singleElement().satisfies(e -> {
                assertThat(e.decision()).isEqualTo(SetAsideEntry.Decision.EDITED);
                assertThat(e.sentAs()).isEqualTo(ball(4));
            });
            assertThat(outbox.unsent(9)).extracting(OutboxEntry::expectedSeq).containsExactly(6);
        }
    }
}
