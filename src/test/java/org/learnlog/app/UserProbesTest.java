package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.store.DataDirectory;

/**
 * The probes a careful new user made of the command line, replayed as that user would, each a real
 * `learnlog` process: every one gets the documented result, and no file the user had beforehand (in
 * their own folder, {@code mine/}) is changed or lost along the way.
 */
class UserProbesTest {
    private static final Map<String, String> PASSPHRASE = Map.of("LEARNLOG_PASSPHRASE", "correct horse battery");

    @TempDir
    Path dir;
    Path mine;
    String journal;
    private Map<String, String> before;

    @BeforeEach
    void aUserWithFilesOfTheirOwn() throws Exception {
        mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("important.md"), "my own important notes\n");
        Files.writeString(mine.resolve("q3.md"), "my draft of the quarter\n");
        Files.createDirectories(mine.resolve("q3-notes"));
        Files.writeString(mine.resolve("q3-notes/Small PRs.md"), "my copy, edited\n");
        Files.writeString(mine.resolve("broken.md"), "---\ntitle: \"unterminated\ntags: [a, b\n---\nBody\n");
        before = snapshot(mine);
        journal = dir.resolve("elsewhere/journal").toString();
        run(0, "goals", "add", "--title", "Review speed", "--metric", "turnaround", "--baseline", "20", "--target", "10",
                "--due", "2027-12-31", "--lower-is-better", "--data-dir", journal);
        run(0, "add", "Small PRs #git +review-speed", "--data-dir", journal);
    }

    @AfterEach
    void nothingTheUserHadWasChangedOrLost() throws Exception {
        assertEquals(before, snapshot(mine));
    }

    @Test
    void recoveringADamagedJournalElsewhereWorksByTheCommandItPrints() throws Exception {
        String backup = run(0, "backup", "--data-dir", journal).out().strip().replace("Backed up 1 note to ", "");
        run(0, "add", "After the backup", "--data-dir", journal);
        Path file = DataDirectory.databaseFile(Path.of(journal));
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 100));

        LearnlogProcess refused = run(1, "list", "--data-dir", journal);
        String printed = refused.err().substring(refused.err().indexOf("To restore it: learnlog ") + 24).strip();

        assertTrue(printed.endsWith(" --yes --data-dir " + Path.of(journal).toAbsolutePath()), printed);
        assertEquals(Path.of(backup).toAbsolutePath().toString(), printed.split(" ")[1]);
        run(0, printed.split(" "));
        assertTrue(run(0, "list", "--data-dir", journal).out().contains("Small PRs"));
    }

    @Test
    void encryptingKeepsTheCopyARestoreSetAsideAndThatCopyRestores() throws Exception {
        String backup = run(0, "backup", "--data-dir", journal).out().strip().replace("Backed up 1 note to ", "");
        run(0, "add", "Only in the set-aside copy", "--data-dir", journal);
        String restored = run(0, "restore", backup, "--yes", "--data-dir", journal).out();
        String aside = restored.substring(restored.indexOf("kept in ") + 8).strip().replaceFirst("\\.$", "");

        LearnlogProcess encrypted = run(0, PASSPHRASE, "encrypt", "--yes", "--data-dir", journal);
        LearnlogProcess preview = run(2, PASSPHRASE, "restore", aside, "--data-dir", journal);
        run(0, PASSPHRASE, "restore", aside, "--yes", "--data-dir", journal);

        assertTrue(encrypted.out().contains("and 2 copies of it"), encrypted.out());
        assertTrue(preview.err().contains("Restoring the journal file kept aside"), preview.err());
        assertTrue(run(0, PASSPHRASE, "list", "--data-dir", journal).out().contains("Only in the set-aside copy"));
    }

    @Test
    void commandsNeverWriteOverTheUsersFiles() throws Exception {
        LearnlogProcess aid = run(2, "aid", "--template", "checklist", "--tag", "git", "--to",
                mine.resolve("important.md").toString(), "--data-dir", journal);
        LearnlogProcess review = run(2, "review", "review-speed", "--to", mine.resolve("q3.md").toString(),
                "--data-dir", journal);
        LearnlogProcess exportToFile = run(2, "export", "--to", mine.resolve("important.md").toString(),
                "--data-dir", journal);

        assertTrue(aid.err().contains("Add --force to write over it."), aid.err());
        assertTrue(review.err().contains("is there already"), review.err());
        assertTrue(exportToFile.err().contains("is a file"), exportToFile.err());
    }

    @Test
    void importingBrokenFrontMatterSkipsItSayingWhereAndExitsWithFour() throws Exception {
        LearnlogProcess imported = run(4, "import", "--from", mine.toString(), "--data-dir", journal);

        assertTrue(imported.out().contains("skipped  broken.md  The front matter is not valid YAML (line 4"),
                imported.out());
    }

    @Test
    void helpQueriesAndMessagesAreAsDocumented() throws Exception {
        for (String command : new String[] {"add", "list", "goals", "search", "restore"}) {
            assertTrue(run(0, command, "--help").out().startsWith("Usage: learnlog " + command));
        }
        run(0, "add", "Rebase and merge", "--data-dir", journal);
        assertEquals(1, run(0, "search", "small", "-merge", "--data-dir", journal).out().lines().count());
        assertTrue(run(2, "add", "x", "--date", "2026-13-45", "--data-dir", journal).err()
                .contains("2026-13-45 is not a date; use YYYY-MM-DD"));
        assertTrue(run(2, "checkin", "review-speed", "abc", "--data-dir", journal).err().contains("'abc' is not a number"));
    }

    @Test
    void aTitleWithEscapeSequencesCanNotRecolourTheTerminal() throws Exception {
        run(0, "add", "Sneaky \u001b]0;owned\u0007 title", "--data-dir", journal);

        String listed = run(0, "list", "--data-dir", journal).out();

        assertTrue(listed.contains("Sneaky \\x1b]0;owned\\x07 title"), listed);
        assertTrue(listed.chars().noneMatch(c -> c == 0x1b || c == 0x07), listed);
    }

    @Test
    void anEmptyPassphraseVariableSaysSo() throws Exception {
        LearnlogProcess encrypt = run(2, Map.of("LEARNLOG_PASSPHRASE", ""), "encrypt", "--yes", "--data-dir", journal);

        assertTrue(encrypt.err().contains("LEARNLOG_PASSPHRASE is set but empty"), encrypt.err());
    }

    private LearnlogProcess run(int expected, String... args) throws Exception {
        return run(expected, Map.of(), args);
    }

    private LearnlogProcess run(int expected, Map<String, String> environment, String... args) throws Exception {
        LearnlogProcess done = LearnlogProcess.run(dir, environment, args);
        assertEquals(expected, done.code(), String.join(" ", args) + "\n" + done.out() + done.err());
        return done;
    }

    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
