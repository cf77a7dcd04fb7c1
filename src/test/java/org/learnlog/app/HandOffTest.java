package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.handoff.OwnerSocket;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;

/**
 * One journal, many processes: while a process owns the journal (here the test, wired as the app is),
 * a `learnlog` command started later runs in the owner, and a second launch of the app only brings
 * the owner's window forward.
 */
class HandOffTest {
    @TempDir
    Path dir;

    private Path journal;
    private JournalServices owner;
    private OwnerSocket socket;
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final AtomicInteger focused = new AtomicInteger();
    private final AtomicInteger captures = new AtomicInteger();
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void ownTheJournal() throws Exception {
        journal = dir.resolve("journal");
        owner = JournalAssembly.open(journal, Clock.systemUTC());
        socket = OwnerSocket.listen(journal, new HandedOverCommands(owner, journal, writer, focused::incrementAndGet,
                captures::incrementAndGet, ran::add));
    }

    @AfterEach
    void letGo() throws Exception {
        if (socket != null) {
            socket.close();
        }
        writer.shutdown();
        owner.close();
    }

    @Test
    void aCommandStartedLaterRunsInTheOwnerAndItsRelativePathsMeanItsOwnFolder() throws Exception {
        LearnlogProcess add = LearnlogProcess.run(dir, "--data-dir", "journal", "add", "Handed over #git",
                "--body", "from a terminal");
        LearnlogProcess export = LearnlogProcess.run(dir, "export", "--to", "shared", "--data-dir", journal.toString());

        assertEquals(0, add.code(), add.err());
        Note note = owner.notes().find(UUID.fromString(add.out().strip())).orElseThrow();
        assertEquals("Handed over", note.title());
        assertEquals(List.of("git"), note.tags());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.exists(dir.resolve("shared").resolve("README.md")), export.out());
        assertEquals(List.of("add", "export"), ran);
    }

    @Test
    void learnlogCaptureOpensTheOwnersQuickCaptureAndRunsNothingOnTheJournal() throws Exception {
        LearnlogProcess capture = LearnlogProcess.run(dir, "capture", "--data-dir", journal.toString());

        assertEquals(0, capture.code(), capture.err());
        assertEquals(1, captures.get());
        assertEquals(List.of(), ran);
    }

    @Test
    void aSecondLaunchOfTheAppBringsTheOwnersWindowForward() throws Exception {
        LearnlogProcess second = LearnlogProcess.run(dir, "--data-dir", journal.toString());

        assertEquals(0, second.code(), second.err());
        assertEquals(1, focused.get());
        assertEquals(List.of(), ran);
    }

    @Test
    void aRestoreWhileTheAppOwnsTheJournalIsRefusedAndChangesNothing() throws Exception {
        owner.notes().save(NoteDraft.of("Keep me", ""));
        owner.backups().take();
        Path backup = owner.backups().list().get(0).file();

        LearnlogProcess restore = LearnlogProcess.run(dir, "restore", backup.toString(), "--yes", "--data-dir",
                journal.toString());

        assertEquals(3, restore.code());
        assertTrue(restore.err().contains("open in the Learnlog window"), restore.err());
        assertEquals(1, owner.notes().list(NoteFilter.all(), 10).size());
    }

    @Test
    void afterTheOwnerIsKilledItsStaleSocketIsPassedOverAndTheCommandRunsByItself() throws Exception {
        letGo();
        socket = null;
        Process killed = LearnlogProcess.owner(journal);
        killed.destroyForcibly().waitFor();
        assertTrue(Files.exists(OwnerSocket.in(journal)), "a killed owner leaves its socket file");

        LearnlogProcess add = LearnlogProcess.run(dir, "add", "After the crash", "--data-dir", journal.toString());

        assertEquals(0, add.code(), add.err());
        owner = JournalAssembly.open(journal, Clock.systemUTC());
        assertEquals("After the crash", owner.notes().find(UUID.fromString(add.out().strip())).orElseThrow().title());
    }
}
