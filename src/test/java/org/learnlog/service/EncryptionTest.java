package org.learnlog.service;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.JournalKey;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.WrongPassphraseException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A journal encrypted with a passphrase: nothing of it in the clear on disk, and only the passphrase opens it. */
class EncryptionTest {
    private static final String SECRET = "Rotate-the-signing-key-SECRET-7f3a";
    private static final JournalKey KEY = JournalKey.of("correct horse battery staple");

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(TestJournal.NOW);

    @Test
    void anEncryptedJournalKeepsEveryNoteAndNothingOfItIsLeftInTheClear() throws Exception {
        List<Note> before;
        try (JournalServices plain = JournalAssembly.open(dir, clock)) {
            plain.notes().save(new NoteDraft(null, "Ünïcode 日本 🧪", SECRET + "\n" + "y".repeat(200_000), null,
                    NoteKind.HOW_TO, "incident 42", List.of("ops/keys"), List.of()));
            plain.notes().save(NoteDraft.of("Second", "body " + SECRET));
            plain.backups().takeIfDue();
            before = plain.notes().load(NoteFilter.all());
        }
        assertTrue(holdsSecret(dir), "the test's secret is in the plain files to begin with");

        EncryptionPlan done = JournalEncryption.encrypt(dir, KEY, clock);

        assertTrue(DataDirectory.encrypted(dir));
        assertEquals(2, done.rewritten().size(), "the zip and SQL backups, encrypted, not deleted: " + done);
        assertFalse(holdsSecret(dir), "no file in the data folder holds the note's text in the clear");
        assertFalse(Files.exists(DataDirectory.indexFolder(dir)), "the plain index is gone");
        try (JournalServices encrypted = JournalAssembly.open(dir, clock, KEY)) {
            assertEquals(before, encrypted.notes().load(NoteFilter.all()));
            assertEquals(2, encrypted.search().search("rotate", 10).total());
            assertTrue(encrypted.backups().list().stream().anyMatch(backup -> !backup.taken().isBefore(clock.instant()
                    .minusSeconds(5))), "an encrypted backup was taken: " + encrypted.backups().list());
            assertThrows(InvalidInputException.class, () -> encrypted.backups().takeScript());
            encrypted.notes().save(NoteDraft.of("Third", SECRET));
        }
        assertFalse(holdsSecret(dir), "nor after more work on the journal, with its index in memory");
        assertFalse(Files.exists(DataDirectory.indexFolder(dir)));
    }

    @Test
    void withoutItsPassphraseOrWithAWrongOneTheJournalDoesNotOpenAndNothingChanges() throws Exception {
        try (JournalServices plain = JournalAssembly.open(dir, clock)) {
            plain.notes().save(NoteDraft.of("Kept", SECRET));
        }
        JournalEncryption.encrypt(dir, KEY, clock);
        byte[] file = Files.readAllBytes(DataDirectory.databaseFile(dir));

        WrongPassphraseException none = assertThrows(WrongPassphraseException.class, () -> JournalAssembly.open(dir, clock));
        WrongPassphraseException wrong = assertThrows(WrongPassphraseException.class,
                () -> JournalAssembly.open(dir, clock, JournalKey.of("correct horse battery")));

        assertFalse(none.given());
        assertEquals("This journal is encrypted: Learnlog needs its passphrase to open it.", none.getMessage());
        assertTrue(wrong.given());
        assertEquals("That passphrase does not open this journal. Nothing was changed; try again.", wrong.getMessage());
        assertArrayEquals(file, Files.readAllBytes(DataDirectory.databaseFile(dir)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("damaged")).toList(),
                    "a wrong passphrase is not a damaged file");
        }
        try (JournalServices encrypted = JournalAssembly.open(dir, clock, KEY)) {
            assertEquals(1, encrypted.notes().list(NoteFilter.all(), 10).size());
        }
    }

    @Test
    void aBackupOfAnEncryptedJournalIsEncryptedAndRestoresWithThePassphrase() throws Exception {
        try (JournalServices plain = JournalAssembly.open(dir, clock)) {
            plain.notes().save(NoteDraft.of("In the backup", SECRET));
        }
        JournalEncryption.encrypt(dir, KEY, clock);
        Backup backup;
        try (JournalServices encrypted = JournalAssembly.open(dir, clock, KEY)) {
            backup = encrypted.backups().list().get(0);
            encrypted.notes().save(NoteDraft.of("After the backup", ""));
        }

        Restores.restore(backup.file(), dir, clock);

        assertThrows(WrongPassphraseException.class, () -> JournalAssembly.open(dir, clock));
        try (JournalServices restored = JournalAssembly.open(dir, clock, KEY)) {
            assertEquals(List.of("In the backup"), restored.notes().list(NoteFilter.all(), 10).stream()
                    .map(summary -> summary.title()).toList());
        }
    }

    @Test
    void unsavedTextOfAnEncryptedJournalIsKeptSealedAndOfferedBackWithThePassphrase() throws Exception {
        try (JournalServices plain = JournalAssembly.open(dir, clock)) {
            plain.notes().save(NoteDraft.of("Saved", ""));
        }
        JournalEncryption.encrypt(dir, KEY, clock);
        NoteDraft typed = new NoteDraft(UUID.randomUUID(), "Typed, not saved", SECRET, null, NoteKind.INSIGHT,
                "", List.of(), List.of());
        try (JournalServices encrypted = JournalAssembly.open(dir, clock, KEY)) {
            encrypted.drafts().keep(typed);
        }

        assertFalse(holdsSecret(dir), "the draft is sealed on disk");
        try (JournalServices again = JournalAssembly.open(dir, clock, KEY)) {
            assertEquals(List.of(SECRET), again.drafts().unsaved().stream().map(Note::body).toList());
        }
    }

    private static boolean holdsSecret(Path folder) throws Exception {
        return ClearText.anywhereIn(folder, SECRET);
    }
}
