package org.learnlog.app;


import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.store.DataDirectory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `learnlog encrypt`, and commands on an encrypted journal, as a terminal or a script runs them. */
class EncryptCliTest {
    private static final Map<String, String> RIGHT = Map.of("LEARNLOG_PASSPHRASE", "two words and more");
    private static final Map<String, String> WRONG = Map.of("LEARNLOG_PASSPHRASE", "two words");

    @TempDir
    Path dir;

    @Test
    void encryptWarnsFirstThenEncryptsAndEveryCommandNeedsThePassphrase() throws Exception {
        String journal = dir.resolve("journal").toString();
        LearnlogProcess.run(dir, "add", "Before encrypting #ops", "--data-dir", journal);

        LearnlogProcess asked = LearnlogProcess.run(dir, RIGHT, "encrypt", "--data-dir", journal);
        LearnlogProcess encrypted = LearnlogProcess.run(dir, RIGHT, "encrypt", "--yes", "--data-dir", journal);
        LearnlogProcess without = LearnlogProcess.run(dir, "list", "--data-dir", journal);
        LearnlogProcess wrong = LearnlogProcess.run(dir, WRONG, "list", "--data-dir", journal);
        LearnlogProcess right = LearnlogProcess.run(dir, RIGHT, "search", "encrypting", "--data-dir", journal);
        LearnlogProcess again = LearnlogProcess.run(dir, RIGHT, "encrypt", "--yes", "--data-dir", journal);

        assertEquals(2, asked.code());
        assertTrue(asked.err().contains("A forgotten passphrase can't be recovered") && asked.err().contains("--yes"),
                asked.err());
        assertTrue(DataDirectory.encrypted(dir.resolve("journal")));
        assertEquals(0, encrypted.code(), encrypted.err());
        assertTrue(encrypted.out().startsWith("Encrypted the journal in " + journal), encrypted.out());
        assertEquals(2, without.code());
        assertEquals("learnlog: The journal is encrypted. Set LEARNLOG_PASSPHRASE, or run the command in a terminal "
                + "to type its passphrase.\n", without.err());
        assertEquals(2, wrong.code());
        assertEquals("learnlog: That passphrase does not open this journal. Nothing was changed; try again.\n",
                wrong.err());
        assertEquals(0, right.code(), right.err());
        assertTrue(right.out().contains("Before **encrypting**"), right.out());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("is encrypted already"), again.err());
    }
}
