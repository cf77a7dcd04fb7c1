package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.store.DataDirectory;

/**
 * Passphrases and the default journal as a terminal sees them: clear messages for what is wrong, a
 * sensible minimum, a passphrase that can be changed or given up, and $HOME followed like other tools.
 */
class PassphraseCliTest {
    private static final String OLD = "two words and more";
    private static final String NEW = "a different long phrase";

    @TempDir
    Path dir;

    @Test
    void anEmptyOrShortPassphraseIsRefusedWithWhatIsWrong() throws Exception {
        String journal = dir.resolve("journal").toString();
        LearnlogProcess.run(dir, "add", "Plain", "--data-dir", journal);

        LearnlogProcess empty = LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", ""), "encrypt", "--yes",
                "--data-dir", journal);
        LearnlogProcess shortOne = LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", "x"), "encrypt", "--yes",
                "--data-dir", journal);

        assertEquals(2, empty.code());
        assertEquals("learnlog: This needs a new passphrase. LEARNLOG_PASSPHRASE is set but empty. Set it to the "
                + "passphrase, or run the command in a terminal to type one.\n", empty.err());
        assertEquals(2, shortOne.code());
        assertTrue(shortOne.err().startsWith("learnlog: A passphrase needs at least 10 characters (this one has 1)"),
                shortOne.err());
        assertFalse(DataDirectory.encrypted(Path.of(journal)), "nothing was encrypted");
    }

    @Test
    void thePassphraseCanBeChangedAndGivenUpAndOnlyTheCurrentOneOpens() throws Exception {
        String journal = dir.resolve("journal").toString();
        LearnlogProcess.run(dir, "add", "Kept through it all", "--data-dir", journal);
        assertEquals(0, LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", OLD), "encrypt", "--yes", "--data-dir",
                journal).code());

        LearnlogProcess changed = LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", OLD,
                "LEARNLOG_NEW_PASSPHRASE", NEW), "encrypt", "--change", "--yes", "--data-dir", journal);
        LearnlogProcess withOld = LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", OLD), "list", "--data-dir",
                journal);
        LearnlogProcess withNew = LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", NEW), "list", "--data-dir",
                journal);

        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().startsWith("Changed the passphrase of the journal in " + journal), changed.out());
        assertEquals(2, withOld.code());
        assertTrue(withNew.out().contains("Kept through it all"), withNew.err());

        LearnlogProcess decrypted = LearnlogProcess.run(dir, Map.of("LEARNLOG_PASSPHRASE", NEW), "decrypt", "--yes",
                "--data-dir", journal);
        LearnlogProcess plain = LearnlogProcess.run(dir, "list", "--data-dir", journal);

        assertEquals(0, decrypted.code(), decrypted.err());
        assertFalse(DataDirectory.encrypted(Path.of(journal)));
        assertTrue(plain.out().contains("Kept through it all"), plain.err());
    }

    @Test
    void theDefaultJournalFollowsHomeWhenNoDataHomeIsSet() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));

        LearnlogProcess add = LearnlogProcess.run(dir, Map.of("HOME", home.toString(), "XDG_DATA_HOME", ""), "add",
                "In my own home");

        assertEquals(0, add.code(), add.err());
        assertTrue(Files.exists(DataDirectory.databaseFile(home.resolve(".local/share/learnlog"))),
                "the journal is under $HOME, not the account's home folder");
    }
}
