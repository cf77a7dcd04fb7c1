package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: delete to the trash, list and restore it, and a note's history after an import changed it. */
class TrashCliTest {
    @TempDir
    Path dir;
    Path journal;

    @BeforeEach
    void setUp() {
        journal = dir.resolve("journal");
    }

    private String add(String line) {
        CliRun add = CliRun.in(journal, "add", line, "--body", "first text");
        assertEquals(0, add.code, add.err);
        return add.out.strip().substring(0, 8);
    }

    @Test
    void deleteMovesNotesToTheTrashAndRestoreBringsThemBack() {
        String id = add("Rebase before you open the PR #git");
        add("Keep this one");

        CliRun delete = CliRun.in(journal, "delete", id);
        assertEquals(0, delete.code, delete.err);
        assertEquals("Moved 1 note to the trash; it keeps them 30 days.\n", delete.out);
        assertEquals(1, CliRun.in(journal, "list").lines().size());
        assertEquals(List.of("2026-11-29  " + id + "  Rebase before you open the PR  #git"),
                CliRun.in(journal, "trash").lines());

        CliRun restore = CliRun.in(journal, "trash", "--restore", id);
        assertEquals(0, restore.code, restore.err);
        assertEquals(2, CliRun.in(journal, "list").lines().size());
        assertEquals(List.of(), CliRun.in(journal, "trash").lines());
    }

    @Test
    void emptyingTheTrashAsksForYesAndUnknownIdsAreBadInput() {
        CliRun.in(journal, "delete", add("Gone for good"));

        CliRun asked = CliRun.in(journal, "trash", "--empty");
        assertEquals(ExitCodes.BAD_INPUT, asked.code);
        assertTrue(asked.err.contains("Add --yes"), asked.err);
        assertEquals(ExitCodes.BAD_INPUT, CliRun.in(journal, "trash", "--restore", "ffffffff").code);
        assertEquals(ExitCodes.BAD_INPUT, CliRun.in(journal, "delete", "ffffffff").code);

        assertEquals("Deleted 1 notes for good.\n", CliRun.in(journal, "trash", "--empty", "--yes").out);
        assertEquals(List.of(), CliRun.in(journal, "trash").lines());
    }

    @Test
    void historyListsTheVersionAnImportReplacedShowsTheChangeAndRestoresIt() throws Exception {
        String id = add("Squash fixups");
        Path export = dir.resolve("export");
        assertEquals(0, CliRun.in(journal, "export", "--to", export.toString()).code);
        Path file;
        try (Stream<Path> files = Files.walk(export.resolve("notes"))) {
            file = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String newer = Files.readString(file).replace("first text", "second text")
                .replaceFirst("updated: \"[^\"]+\"", "updated: \"2026-11-30T08:00:00Z\"");
        Files.writeString(file, newer);
        CliRun imported = CliRun.in(journal, LocalDate.of(2026, 11, 30), "import", "--from", export.toString());
        assertEquals(0, imported.code, imported.err);

        List<String> versions = CliRun.in(journal, "history", id).lines();
        assertEquals(1, versions.size(), versions.toString());
        assertTrue(versions.get(0).matches("1  2026-11-29 \\d\\d:\\d\\d  10 chars  Squash fixups"), versions.get(0));
        List<String> diff = CliRun.in(journal, "history", id, "--diff", "1").lines();
        assertTrue(diff.contains("- first text") && diff.contains("+ second text"), diff.toString());

        CliRun restore = CliRun.in(journal, "history", id, "--restore", "1");
        assertEquals(0, restore.code, restore.err);
        assertTrue(CliRun.in(journal, "show", id).out.contains("first text"));
        assertEquals(ExitCodes.BAD_INPUT, CliRun.in(journal, "history", id, "--restore", "9").code);
    }
}
