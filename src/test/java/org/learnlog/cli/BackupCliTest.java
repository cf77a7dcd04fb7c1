package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learnlog backup` and `learnlog restore`, end to end on a real journal file. */
class BackupCliTest {
    @TempDir
    Path dir;

    @Test
    void backupListAndRestoreWithConfirmation() {
        Path journal = dir.resolve("journal");
        CliRun.in(journal, "add", "Before the backup");

        CliRun backup = CliRun.in(journal, "backup");
        assertEquals(0, backup.code, backup.err);
        assertTrue(backup.out.startsWith("Backed up 1 note to "), backup.out);
        Path zip = Path.of(backup.out.strip().substring("Backed up 1 note to ".length()));
        assertTrue(Files.isRegularFile(zip), zip.toString());
        CliRun.in(journal, "add", "After the backup");

        CliRun list = CliRun.in(journal, "backup", "--list");
        // Listed in the machine's own time zone.
        assertEquals(1, list.lines().size());
        assertTrue(list.lines().get(0).matches("2026-11-\\d\\d \\d\\d:\\d\\d  1 note  copy  " + Pattern.quote(zip.toString())),
                list.lines().get(0));

        CliRun unconfirmed = CliRun.in(journal, "restore", zip.toString());
        assertEquals(2, unconfirmed.code);
        assertTrue(unconfirmed.err.contains("replaces the journal's 2 notes; the current file will be kept as "),
                unconfirmed.err);
        assertTrue(unconfirmed.err.contains("To restore it: learnlog restore " + zip + " --yes --data-dir " + journal),
                unconfirmed.err);
        assertEquals(2, CliRun.in(journal, "list").lines().size(), "nothing was restored without --yes");

        CliRun restore = CliRun.in(journal, "restore", zip.toString(), "--yes");
        assertEquals(0, restore.code, restore.err);
        assertTrue(restore.out.startsWith("Restored 1 note from "), restore.out);
        assertEquals(1, CliRun.in(journal, "list").lines().size());
    }

    @Test
    void anSqlBackupIsListedAsSuchAndRestores() {
        Path journal = dir.resolve("journal");
        CliRun.in(journal, "add", "Carried across H2 versions #h2");

        CliRun backup = CliRun.in(journal, "backup", "--sql");
        Path zip = Path.of(backup.out.strip().substring("Backed up 1 note to ".length()));
        CliRun.in(journal, "add", "After the backup");
        CliRun list = CliRun.in(journal, "backup", "--list");
        CliRun restore = CliRun.in(journal, "restore", zip.toString(), "--yes");

        assertEquals(0, backup.code, backup.err);
        assertTrue(zip.getFileName().toString().startsWith("learnlog-sql-"), zip.toString());
        assertTrue(list.lines().get(0).endsWith("1 note  SQL   " + zip), list.lines().get(0));
        assertEquals(0, restore.code, restore.err);
        assertEquals(List.of("Carried across H2 versions"), CliRun.in(journal, "list").lines().stream()
                .map(line -> line.split("  ")[2]).toList());
    }

    @Test
    void restoringAFileThatIsNotThereSaysSo() {
        Path journal = dir.resolve("journal");
        CliRun.in(journal, "add", "Kept");

        CliRun restore = CliRun.in(journal, "restore", dir.resolve("nope.zip").toString(), "--yes");

        assertEquals(2, restore.code);
        assertTrue(restore.err.contains("There is no backup file"), restore.err);
    }
}
