package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteKind;
import org.learnlog.service.JournalServices;

/** `learnlog capture` with no app open starts one with quick capture; `add` reads !kind like quick capture does. */
class CaptureCliTest {
    @TempDir
    Path journal;

    @Test
    void captureWithNoAppOpenStartsTheAppWithQuickCaptureAndOpensNoJournalItself() {
        List<Path> desktop = new ArrayList<>();
        List<Path> captured = new ArrayList<>();
        Cli cli = new Cli(dir -> {
            throw new AssertionError("capture opens no journal of its own");
        }, desktop::add, journal.resolveSibling("default")).capturing(captured::add);

        int code = cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "capture",
                "--data-dir", journal.toString());

        assertEquals(ExitCodes.OK, code);
        assertEquals(List.of(journal), captured);
        assertEquals(List.of(), desktop);
    }

    @Test
    void addReadsTheKindFromTheLineUnlessKindIsGiven() throws Exception {
        String mistake = CliRun.in(journal, "add", "Never force-push a shared branch !mistake #git").out.strip();
        String given = CliRun.in(journal, "add", "Keep both !mistake", "--kind", "insight").out.strip();

        try (JournalServices services = JournalAssembly.open(journal, CliRun.CLOCK)) {
            assertEquals(NoteKind.MISTAKE, services.notes().find(UUID.fromString(mistake)).orElseThrow().kind());
            assertEquals("Never force-push a shared branch", services.notes().find(UUID.fromString(mistake)).orElseThrow().title());
            assertEquals(NoteKind.INSIGHT, services.notes().find(UUID.fromString(given)).orElseThrow().kind());
        }
    }
}
