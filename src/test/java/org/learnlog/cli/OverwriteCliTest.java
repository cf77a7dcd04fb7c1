package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command never writes over a file it did not write itself, unless told to with --force. */
class OverwriteCliTest {
    @TempDir
    Path dir;
    Path journal;

    @BeforeEach
    void journalWithAGoalAndNotes() {
        journal = dir.resolve("journal");
        CliRun.in(journal, "goals", "add", "--title", "Review speed", "--metric", "turnaround", "--baseline", "20",
                "--target", "10", "--due", "2026-12-31", "--lower-is-better");
        CliRun.in(journal, "add", "Small PRs #git +review-speed");
        CliRun.in(journal, "add", "Test plans #git +review-speed");
    }

    @Test
    void aidToAFileThatIsThereNeedsForce() throws Exception {
        Path important = Files.writeString(dir.resolve("important.md"), "my own notes");

        CliRun refused = CliRun.in(journal, "aid", "--template", "checklist", "--tag", "git", "--to", important.toString());
        CliRun forced = CliRun.in(journal, "aid", "--template", "checklist", "--tag", "git", "--to", important.toString(),
                "--force");

        assertEquals(ExitCodes.BAD_INPUT, refused.code);
        assertEquals("learnlog: " + important + " is there already. Nothing was written. Add --force to write over it.\n",
                refused.err);
        assertEquals(0, forced.code, forced.err);
        assertTrue(Files.readString(important).contains("- [ ] Small PRs"));
    }

    @Test
    void reviewToAFileThatIsThereOrOverItsNotesNeedsForce() throws Exception {
        Path review = dir.resolve("q3.md");
        Files.createDirectories(dir.resolve("q3-notes"));
        Path note = Files.writeString(dir.resolve("q3-notes/Small PRs.md"), "my edited copy");

        CliRun refused = CliRun.in(journal, "review", "review-speed", "--to", review.toString());

        assertEquals(ExitCodes.BAD_INPUT, refused.code);
        assertTrue(refused.err.startsWith("learnlog: " + note + " is there already."), refused.err);
        assertFalse(Files.exists(review), "nothing was written, not even the review");
        assertEquals("my edited copy", Files.readString(note));

        Files.delete(note);
        assertEquals(0, CliRun.in(journal, "review", "review-speed", "--to", review.toString()).code);
        Files.writeString(review, "my edits");
        CliRun again = CliRun.in(journal, "review", "review-speed", "--to", review.toString());
        CliRun forced = CliRun.in(journal, "review", "review-speed", "--to", review.toString(), "--force");

        assertEquals(ExitCodes.BAD_INPUT, again.code);
        assertEquals(0, forced.code, forced.err);
        assertTrue(Files.readString(review).startsWith("# Goal review: Review speed"), Files.readString(review));
    }

    @Test
    void reExportingKeepsHandEditsAndRemovesTheFilesOfDeletedNotes() throws Exception {
        Path out = dir.resolve("export");
        CliRun.in(journal, "export", "--to", out.toString());
        Path small = only(out, "Small PRs.md");
        Path plans = only(out, "Test plans.md");
        Path mine = Files.writeString(out.resolve("my-own.md"), "not Learnlog's");
        Files.writeString(small, Files.readString(small) + "\nAdded by hand.\n");
        String edited = Files.readString(small);
        String id = CliRun.in(journal, "list").lines().stream().filter(line -> line.contains("Test plans")).findFirst()
                .orElseThrow().split("  ")[1];
        CliRun.in(journal, "delete", id);

        CliRun again = CliRun.in(journal, "export", "--to", out.toString());

        assertEquals(ExitCodes.PARTLY_DONE, again.code, again.err);
        assertTrue(again.out.contains("kept     notes/2026/11/Small PRs.md  (edited by hand since the last export)"),
                again.out);
        assertTrue(again.out.contains("removed  notes/2026/11/Test plans.md  (no longer exported)"), again.out);
        assertEquals(edited, Files.readString(small), "the hand edit is kept");
        assertFalse(Files.exists(plans), "the deleted note's file is gone, so an import can't bring it back");
        assertEquals("not Learnlog's", Files.readString(mine), "a file Learnlog never wrote is left alone");

        CliRun forced = CliRun.in(journal, "export", "--to", out.toString(), "--force");
        assertEquals(0, forced.code, forced.err);
        assertFalse(Files.readString(small).contains("Added by hand."));
        assertEquals(0, CliRun.in(journal, "export", "--to", out.toString()).code, "and all is in step again");
    }

    @Test
    void exportToAFileSaysItIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");

        CliRun export = CliRun.in(journal, "export", "--to", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, export.code);
        assertTrue(export.err.startsWith("learnlog: " + file + " is a file. Give a folder"), export.err);
    }

    private static Path only(Path root, String name) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
