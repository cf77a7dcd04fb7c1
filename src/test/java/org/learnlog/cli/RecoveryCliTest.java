package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.JournalKey;
import org.learnlog.service.JournalEncryption;
import org.learnlog.store.DataDirectory;

/**
 * The way back from a damaged, missing or locked-out journal works end to end: `restore` never needs
 * to open the journal it replaces, and the command Learnlog prints is the one to run, for that journal.
 */
class RecoveryCliTest {
    @TempDir
    Path dir;
    Path journal;
    Path zip;

    /** A journal with a backup of one note, and a second note written after it. */
    @BeforeEach
    void journalWithABackup() {
        journal = dir.resolve("journal");
        CliRun.in(journal, "add", "In the backup");
        CliRun backup = CliRun.in(journal, "backup");
        zip = Path.of(backup.out.strip().substring("Backed up 1 note to ".length()));
        CliRun.in(journal, "add", "Written after the backup");
    }

    private void damage() throws Exception {
        byte[] start = Arrays.copyOf(Files.readAllBytes(DataDirectory.databaseFile(journal)), 100);
        Files.write(DataDirectory.databaseFile(journal), start);
    }

    @Test
    void aDamagedJournalIsRestoredByTheCommandItsMessagePrints() throws Exception {
        damage();

        CliRun refused = CliRun.in(journal, "list");
        String printed = refused.err.substring(refused.err.indexOf("To restore it: ") + "To restore it: ".length()).strip();
        CliRun restore = CliRun.of(dir.resolve("unused-default"), args(printed));

        assertEquals(ExitCodes.FAILED, refused.code);
        assertEquals("learnlog restore " + zip.toAbsolutePath() + " --yes --data-dir " + journal.toAbsolutePath(), printed);
        assertEquals(0, restore.code, restore.err);
        assertEquals(List.of("In the backup"), titles());
    }

    @Test
    void aCommandPrintedForTheDefaultJournalNeedsNoDataDir() throws Exception {
        damage();

        CliRun refused = CliRun.of(journal, "list");

        assertTrue(refused.err.endsWith("To restore it: learnlog restore " + zip.toAbsolutePath() + " --yes\n"), refused.err);
    }

    @Test
    void thePreviewSaysTheJournalCantBeReadAndWhereItWillBeKept() throws Exception {
        damage();

        CliRun preview = CliRun.in(journal, "restore", zip.toString());

        assertEquals(ExitCodes.BAD_INPUT, preview.code);
        assertTrue(preview.err.contains("replaces the current journal, which can't be read (it is smaller than when "
                + "Learnlog last closed it); it will be kept as " + journal.toAbsolutePath().resolve("journal.mv.db")
                + ".before-restore-"), preview.err);
    }

    @Test
    void aMissingJournalFileIsRestored() throws Exception {
        Files.delete(DataDirectory.databaseFile(journal));

        CliRun restore = CliRun.in(journal, "restore", zip.toString(), "--yes");

        assertEquals(0, restore.code, restore.err);
        assertEquals(List.of("In the backup"), titles());
    }

    @Test
    void aJournalEncryptedWithAForgottenPassphraseIsReplacedWithoutIt() throws Exception {
        Path kept = Files.copy(zip, dir.resolve("kept-elsewhere.zip"));
        JournalEncryption.encrypt(journal, JournalKey.of("nobody remembers this"), Clock.systemUTC());

        CliRun preview = CliRun.in(journal, "restore", kept.toString());
        CliRun restore = CliRun.in(journal, "restore", kept.toString(), "--yes");

        assertTrue(preview.err.contains("can't be read (it is encrypted"), preview.err);
        assertEquals(0, restore.code, restore.err);
        assertFalse(DataDirectory.encrypted(journal));
        assertEquals(List.of("In the backup"), titles());
    }

    @Test
    void theJournalFileARestoreKeptAsideRestoresTheNotesWrittenAfterTheBackup() throws Exception {
        CliRun first = CliRun.in(journal, "restore", zip.toString(), "--yes");
        Path aside = Path.of(first.out.substring(first.out.indexOf("kept in ") + "kept in ".length()).strip()
                .replaceFirst("\\.$", ""));

        CliRun listed = CliRun.in(journal, "backup", "--list");
        CliRun preview = CliRun.in(journal, "restore", aside.toString());
        CliRun back = CliRun.in(journal, "restore", aside.toString(), "--yes");

        assertTrue(listed.out.contains("2 notes  kept  " + aside) || listed.out.contains("? notes  kept  " + aside),
                listed.out);
        assertTrue(preview.err.contains("Restoring the journal file kept aside on ") && preview.err.contains("(2 notes)"),
                preview.err);
        assertEquals(0, back.code, back.err);
        assertEquals(List.of("In the backup", "Written after the backup"), titles());
    }

    @Test
    void backupListWorksOnADamagedJournalAndNamesTheDamagedCopy() throws Exception {
        damage();
        CliRun.in(journal, "list");

        CliRun listed = CliRun.in(journal, "backup", "--list");

        assertEquals(0, listed.code, listed.err);
        assertTrue(listed.out.contains(zip.toString()), listed.out);
        assertTrue(listed.out.contains("kept  " + journal.resolve("journal.mv.db.damaged-")), listed.out);
    }

    private List<String> titles() {
        return CliRun.in(journal, "list").lines().stream().map(line -> line.split("  ")[2]).sorted().toList();
    }

    /** A printed command line as a shell splits it: these paths have no spaces or quotes. */
    private static String[] args(String printed) {
        List<String> words = List.of(printed.split(" "));
        assertEquals("learnlog", words.get(0));
        return words.subList(1, words.size()).toArray(String[]::new);
    }
}
