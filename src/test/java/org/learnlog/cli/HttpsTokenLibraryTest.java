package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library on a remote that asks for a token, as an HTTPS forge does: without one it says so plainly;
 * with a token file it works, and the journal keeps the file's path, never the token.
 */
class HttpsTokenLibraryTest {
    private static final String TOKEN = "glpat-s3cret-t0ken";
    @TempDir
    Path dir;
    private HttpGitServer server;
    private Path ana;
    private Path ben;

    @BeforeEach
    void setUp() throws Exception {
        server = new HttpGitServer(dir.resolve("team.git"), TOKEN);
        ana = Files.createDirectories(dir.resolve("ana"));
        ben = Files.createDirectories(dir.resolve("ben"));
        Files.writeString(ana.resolve("settings.properties"), "author=Ana Example\nemail=ana@example.org\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withoutATokenTheLibraryIsRefusedWithWhatToDo() {
        CliRun refused = CliRun.in(ana, "library", "add", "team", server.url());

        assertEquals(ExitCodes.FAILED, refused.code);
        assertTrue(refused.err.contains("did not let you in: it wants a token") && refused.err.contains("--token-file FILE"),
                refused.err);
        assertEquals("", CliRun.in(ana, "library").out, "nothing was added");
    }

    @Test
    void withATokenFileTeammatesPublishAndAdoptAndTheJournalHoldsOnlyItsPath() throws Exception {
        Path anasToken = Files.writeString(dir.resolve("ana.token"), TOKEN + "\n");
        Path bensToken = Files.writeString(dir.resolve("ben.token"), "ben:" + TOKEN + "\n");
        assertEquals(0, CliRun.in(ana, "library", "add", "team", server.url(), "--token-file", anasToken.toString()).code);
        String id = CliRun.in(ana, "add", "Rebase before review #git").out.strip();
        CliRun published = CliRun.in(ana, "publish", id.substring(0, 8), "--to", "team");
        assertTrue(published.out.contains("Published"), published.out + published.err);

        assertEquals(0, CliRun.in(ben, "library", "add", "team", server.url(), "--token-file", bensToken.toString()).code);
        assertTrue(CliRun.in(ben, "adopt", "team/" + id.substring(0, 8)).out.contains("Adopted \"Rebase before review\""));

        for (Path journal : new Path[] {ana, ben}) {
            String file = new String(Files.readAllBytes(journal.resolve("journal.mv.db")), StandardCharsets.ISO_8859_1);
            assertFalse(file.contains(TOKEN), "the token is not in " + journal);
            assertTrue(file.contains(journal.getFileName() + ".token"), "the token file's path is in " + journal + ": " + file.length());
        }
    }
}
