package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.JournalKey;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.JournalPeek;
import org.learnlog.store.WrongPassphraseException;

/**
 * Encrypting, re-encrypting and decrypting a journal with its copies: every backup and every journal
 * file kept aside keeps its notes under the new key, and none is deleted.
 */
class EncryptionCopiesTest {
    private static final String SECRET = "Only-in-the-copy-SECRET-91c2";
    private static final JournalKey KEY = JournalKey.of("correct horse battery staple");
    private static final JournalKey NEW_KEY = JournalKey.of("a different long phrase");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(TestJournal.NOW);

    /** A journal whose restore kept aside a file holding a note written after its backup. */
    private Path journalWithACopyKeptAside() {
        Backup backup;
        try (JournalServices plain = JournalAssembly.open(dir, clock)) {
            plain.notes().save(NoteDraft.of("In the backup", ""));
            backup = plain.backups().take();
            plain.notes().save(NoteDraft.of("Written after the backup", SECRET));
        }
        clock.advance(Duration.ofMinutes(1));
        return Restores.restore(backup.file(), dir, clock);
    }

    @Test
    void aCopyKeptAsideByARestoreIsEncryptedNotDeleted() throws Exception {
        Path aside = journalWithACopyKeptAside();
        assertTrue(ClearText.anywhereIn(dir, SECRET), "the note is in the clear in the copy to begin with");
        List<Path> before = files();

        EncryptionPlan done = JournalEncryption.encrypt(dir, KEY, clock);

        assertTrue(done.rewritten().stream().anyMatch(copy -> copy.file().equals(aside)), done.toString());
        assertTrue(files().containsAll(before), "no file was deleted: " + before + " against " + files());
        assertFalse(ClearText.anywhereIn(dir, SECRET), "nothing is left in the clear");
        Restores.restore(aside, dir, clock);
        assertEquals(List.of("In the backup", "Written after the backup"), titles(KEY));
    }

    @Test
    void aCopyInTheClearThatCantBeReadStopsEncryptionBeforeAnythingChanges() throws Exception {
        try (JournalServices plain = JournalAssembly.open(dir, clock)) {
            plain.notes().save(NoteDraft.of("Kept", ""));
        }
        Path damaged = dir.resolve("journal.mv.db.damaged-20261101-080000");
        byte[] text = ("H:2,block:2,blockSize:1000,chunk:1 " + SECRET).getBytes(StandardCharsets.UTF_8);
        Files.write(damaged, text);
        byte[] journal = Files.readAllBytes(DataDirectory.databaseFile(dir));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> JournalEncryption.encrypt(dir, KEY, clock));

        assertTrue(refused.getMessage().contains(damaged.toString()) && refused.getMessage().contains("Nothing was changed"),
                refused.getMessage());
        assertArrayEquals(text, Files.readAllBytes(damaged), "the unreadable copy is left as it was");
        assertArrayEquals(journal, Files.readAllBytes(DataDirectory.databaseFile(dir)), "the journal is left as it was");
        assertFalse(DataDirectory.encrypted(dir));
    }

    @Test
    void aNewPassphraseOpensTheJournalAndEveryCopyAndTheOldOneNone() throws Exception {
        Path aside = journalWithACopyKeptAside();
        JournalEncryption.encrypt(dir, KEY, clock);

        EncryptionPlan done = JournalEncryption.rekey(dir, KEY, NEW_KEY, clock, "test");

        assertFalse(done.rewritten().isEmpty());
        assertThrows(WrongPassphraseException.class, () -> JournalAssembly.open(dir, clock, KEY));
        assertEquals(List.of("In the backup"), titles(NEW_KEY));
        for (EncryptionPlan.Copy copy : done.rewritten()) {
            assertTrue(copy.look().readable(), copy.toString());
            assertTrue(JournalPeek.look(copy.file(), NEW_KEY).readable(), "opens with the new key: " + copy);
            assertFalse(JournalPeek.look(copy.file(), KEY).readable(), "not with the old: " + copy);
        }
        Restores.restore(aside, dir, clock);
        assertEquals(List.of("In the backup", "Written after the backup"), titles(NEW_KEY));
    }

    @Test
    void decryptingMakesTheJournalAndItsCopiesPlainAgain() throws Exception {
        Path aside = journalWithACopyKeptAside();
        JournalEncryption.encrypt(dir, KEY, clock);

        JournalEncryption.rekey(dir, KEY, JournalKey.NONE, clock, "test");

        assertFalse(DataDirectory.encrypted(dir));
        assertEquals(List.of("In the backup"), titles(JournalKey.NONE));
        Restores.restore(aside, dir, clock);
        assertEquals(List.of("In the backup", "Written after the backup"), titles(JournalKey.NONE));
    }

    private List<String> titles(JournalKey key) {
        try (JournalServices services = JournalAssembly.open(dir, clock, key)) {
            return services.notes().list(NoteFilter.all(), 10).stream().map(NoteSummary::title).sorted().toList();
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().contains("journal.mv.db.")
                    || file.toString().endsWith(".zip")).toList();
        }
    }
}
