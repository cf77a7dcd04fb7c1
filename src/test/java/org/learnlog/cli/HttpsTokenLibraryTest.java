package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.service.FileExistsException;
import org.learnlog.service.JournalServices;

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
    void aTokenTypedOnceIsKeptInTheChosenFileForTheUserAloneAndNeverWrittenOver() throws Exception {
        Path file = dir.resolve("keys/team.token");
        try (JournalServices services = JournalAssembly.open(ana, CliRun.CLOCK)) {
            services.libraries().keepToken(file, TOKEN);
            assertThrows(FileExistsException.class, () -> services.libraries().keepToken(file, "another"));
        }

        assertEquals(TOKEN + "\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(0, CliRun.in(ana, "library", "add", "team", server.url(), "--token-file", file.toString()).code);
    }

    @Test
    void aRenewedTokenIsGivenWithLibraryToken() throws Exception {
        Path old = Files.writeString(dir.resolve("old.token"), TOKEN + "\n");
        assertEquals(0, CliRun.in(ana, "library", "add", "team", server.url(), "--token-file", old.toString()).code);
        Files.writeString(old, "revoked\n");
        assertEquals(ExitCodes.FAILED, CliRun.in(ana, "library", "sync", "team").code);

        Path renewed = Files.writeString(dir.resolve("new.token"), TOKEN + "\n");
        assertEquals(0, CliRun.in(ana, "library", "token", "team", renewed.toString()).code);
        assertEquals("team: up to date\n", CliRun.in(ana, "library", "sync", "team").out);
    }

    @Test
    void aTokenFileThatIsNotThereWithoutATerminalSaysWhatToDo() {
        CliRun missing = CliRun.in(ana, "library", "add", "team", server.url(), "--token-file", dir.resolve("none").toString());

        assertEquals(ExitCodes.BAD_INPUT, missing.code);
        assertTrue(missing.err.contains("There is no token file") && missing.err.contains("run this in a terminal"),
                missing.err);
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
