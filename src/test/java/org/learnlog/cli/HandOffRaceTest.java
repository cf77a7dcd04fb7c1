package org.learnlog.cli;

import org.learnlog.opening.PatientOpener;
import org.learnlog.opening.JournalOpener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.handoff.OwnerSocket;
import org.learnlog.store.JournalLockedException;

/** A command that finds the journal locked waits a moment, and is handed over if the owner begins to listen. */
class HandOffRaceTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<OwnerSocket> owners = new ArrayList<>();

    @AfterEach
    void closeOwners() throws IOException {
        for (OwnerSocket owner : owners) {
            owner.close();
        }
    }

    @Test
    void aJournalHeldByAnAppThatBeginsToListenWhileTheCommandWaitsIsHandedToIt() {
        // As an app still starting: it has the file, and begins to listen just as the command tries it.
        JournalOpener starting = dataDir -> {
            listen(dataDir);
            throw new JournalLockedException(new SQLException("Database may be already in use", "90020", 90020));
        };

        int code = run(starting, "list", "--data-dir", dir.toString());

        assertEquals(0, code, err.toString());
        assertEquals("the owner ran [list, --data-dir, " + dir + "]", out.toString().strip());
        assertEquals("", err.toString());
    }

    @Test
    void aJournalHeldByAProcessThatNeverListensIsReportedAfterAFewSeconds() {
        JournalOpener held = dataDir -> {
            throw new JournalLockedException(new SQLException("Database may be already in use", "90020", 90020));
        };

        // Half a second of patience instead of a command's minute: what is tested is the giving up.
        int code = run(new PatientOpener(held, Duration.ofMillis(500), said -> { }), "list", "--data-dir",
                dir.toString());

        assertEquals(ExitCodes.JOURNAL_IN_USE, code);
        assertTrue(err.toString().startsWith("learnlog: Another Learnlog has the journal open"), err.toString());
    }

    private int run(JournalOpener opener, String... args) {
        return run(new PatientOpener(opener), args);
    }

    private int run(PatientOpener opener, String... args) {
        Cli cli = new Cli(opener, dataDir -> { }, dir.resolve("unused-default"));
        return HandOff.run(cli, dir, new PrintWriter(out), new PrintWriter(err), args);
    }

    private void listen(Path dataDir) {
        try {
            owners.add(OwnerSocket.listen(dataDir, (request, ownerOut, ownerErr) -> {
                ownerOut.println("the owner ran " + request.args());
                return 0;
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
