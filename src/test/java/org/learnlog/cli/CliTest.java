package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.store.SecondProcess;

/** End to end: each subcommand, run in-process against a real journal folder. */
class CliTest {
    @TempDir
    Path dir;
    Path journal;

    @BeforeEach
    void setUp() {
        journal = dir.resolve("journal");
    }

    private CliRun run(String... args) {
        return CliRun.of(dir.resolve("unused-default"), args);
    }

    private void addGoal() {
        CliRun goal = run("goals", "add", "--title", "Review speed", "--metric", "median PR review turnaround",
                "--unit", "h", "--baseline", "20", "--target", "10", "--due", "2026-12-31", "--lower-is-better",
                "--data-dir", journal.toString());
        assertEquals(0, goal.code, goal.err);
        assertEquals("review-speed\n", goal.out);
    }

    @Test
    void addPrintsTheIdAndListShowsTheNoteWithItsTags() {
        addGoal();
        CliRun add = run("add", "Rebase before you open the PR #git +review-speed", "--data-dir", journal.toString());

        assertEquals(0, add.code, add.err);
        assertTrue(add.out.strip().matches("[0-9a-f-]{36}"), add.out);
        String shortId = add.out.substring(0, 8);
        CliRun list = run("--data-dir", journal.toString(), "list");
        assertEquals(List.of("2026-11-29  " + shortId + "  Rebase before you open the PR  #git"), list.lines());
        assertEquals("", list.err);
    }

    @Test
    void listFiltersByTagGoalAndLimit() {
        addGoal();
        run("add", "One #git", "--data-dir", journal.toString());
        run("add", "Two +review-speed", "--data-dir", journal.toString());
        run("add", "Three #git", "--date", "2026-11-01", "--data-dir", journal.toString());

        assertEquals(2, run("list", "--tag", "GIT", "--data-dir", journal.toString()).lines().size());
        assertTrue(run("list", "--goal", "review-speed", "--data-dir", journal.toString()).out.contains("Two"));
        List<String> newest = run("list", "--limit", "1", "--tag", "git", "--data-dir", journal.toString()).lines();
        assertEquals(1, newest.size());
        assertTrue(newest.get(0).contains("One"), newest.get(0));
    }

    @Test
    void showPrintsTheNoteAsMarkdown() {
        String id = run("add", "Squash fixups", "--body", "Use --autosquash.", "--kind", "how-to",
                "--context", "pairing: billing", "--data-dir", journal.toString()).out.strip();

        CliRun show = run("show", id.substring(0, 8), "--data-dir", journal.toString());

        assertEquals(0, show.code, show.err);
        assertTrue(show.out.startsWith("---\nid: " + id + "\ntitle: \"Squash fixups\"\nkind: how-to\n"), show.out);
        assertTrue(show.out.contains("context: \"pairing: billing\"\nsource: \"\"\n---\n\nUse --autosquash.\n"), show.out);
    }

    @Test
    void exportWritesOneMarkdownFilePerNoteAndImportBringsThemBack() throws Exception {
        addGoal();
        run("add", "First #git +review-speed", "--date", "2026-10-05", "--data-dir", journal.toString());
        run("add", "Second #java", "--data-dir", journal.toString());
        Path out = dir.resolve("export");

        CliRun export = run("export", "--to", out.toString(), "--tag", "git", "--data-dir", journal.toString());

        assertEquals(0, export.code, export.err);
        assertEquals("Exported 1 note, 1 goal and 0 aids to " + out + "\n", export.out);
        assertTrue(Files.isRegularFile(out.resolve("notes/2026/10/First.md")));
        assertTrue(Files.isRegularFile(out.resolve("goals/review-speed.md")));
        assertTrue(Files.readString(out.resolve("README.md")).contains("- 2026-10-05 [First](notes/2026/10/First.md)"));

        Path other = dir.resolve("other-journal");
        CliRun imported = run("import", "--from", out.toString(), "--data-dir", other.toString());
        assertEquals(0, imported.code, imported.err);
        assertTrue(imported.out.endsWith("Imported 2, updated 0, unchanged 0, conflicts 0 (both versions kept), skipped 0.\n"),
                imported.out);
        assertEquals(run("list", "--tag", "git", "--data-dir", journal.toString()).out,
                run("list", "--data-dir", other.toString()).out);
    }

    @Test
    void importReportsBadFilesAndCarriesOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("empty.md"), "");
        Files.write(folder.resolve("latin1.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        Files.writeString(folder.resolve("no-front-matter.md"), "# Just a heading\n");
        Files.write(folder.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xD8});
        Files.writeString(folder.resolve("bad-yaml.md"), "---\nid: \"unterminated\ntitle: [x\ncreated: 1\nupdated: 2\n---\n");
        Files.writeString(folder.resolve("bad-date.md"), "---\nid: 0b6f3f0e-8a57-4d0c-9a55-2f1c3e0c1a01\n"
                + "title: x\ndate: someday\ncreated: 2026-01-01T00:00:00Z\nupdated: 2026-01-01T00:00:00Z\n---\n");

        CliRun imported = run("import", "--from", folder.toString(), "--data-dir", journal.toString());

        assertEquals(ExitCodes.PARTLY_DONE, imported.code, "an import that skipped files says so to scripts too");
        assertTrue(imported.out.contains("skipped  bad-date.md  The front matter's \"date\" is not valid: someday"), imported.out);
        assertTrue(imported.out.contains("skipped  empty.md  The file is empty."), imported.out);
        assertTrue(imported.out.contains("skipped  latin1.md  The file is not UTF-8 text."), imported.out);
        assertTrue(imported.out.contains("skipped  no-front-matter.md"), imported.out);
        assertTrue(imported.out.contains("skipped  binary.md  The file is not UTF-8 text."), imported.out);
        assertTrue(imported.out.contains("skipped  bad-yaml.md  The front matter is not valid YAML (line "), imported.out);
        assertTrue(imported.out.endsWith("skipped 6.\n"), imported.out);
    }

    @Test
    void exportRefusesAFolderHoldingOtherFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "not ours");

        CliRun export = run("export", "--to", folder.toString(), "--data-dir", journal.toString());

        assertEquals(2, export.code);
        assertTrue(export.err.contains("is not empty and holds no earlier Learnlog export"), export.err);
        assertEquals(List.of("holiday.jpg"), listing(folder));
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aidWritesAChecklistFromATagAsMarkdownHtmlOrPdf() throws Exception {
        run("add", "Check the flags #deploy", "--body", "- flag service is green\n- on-call knows", "--data-dir", journal.toString());

        CliRun markdown = run("aid", "--template", "checklist", "--tag", "deploy", "--to", dir.resolve("deploy.md").toString(),
                "--data-dir", journal.toString());
        CliRun html = run("aid", "--template", "checklist", "--tag", "deploy", "--to", dir.resolve("deploy.html").toString(),
                "--data-dir", journal.toString());

        assertEquals(0, markdown.code, markdown.err);
        assertEquals("Wrote \"Checklist: deploy\" (1 note) to " + dir.resolve("deploy.md") + "\n", markdown.out);
        String text = Files.readString(dir.resolve("deploy.md"));
        assertTrue(text.contains("type: checklist\n"), text);
        assertTrue(text.contains("- [ ] flag service is green\n- [ ] on-call knows\n"), text);
        assertEquals(0, html.code, html.err);
        assertTrue(Files.readString(dir.resolve("deploy.html")).contains("<li class=\"task-list-item\">"));
        CliRun pdf = run("aid", "--template", "checklist", "--tag", "deploy", "--to", dir.resolve("deploy.pdf").toString(),
                "--data-dir", journal.toString());
        assertEquals(0, pdf.code, pdf.err);
        try (org.apache.pdfbox.pdmodel.PDDocument printed = org.apache.pdfbox.pdmodel.PDDocument.load(dir.resolve("deploy.pdf").toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(printed).contains("flag service is green"));
        }
        assertEquals(2, run("aid", "--template", "poem", "--tag", "deploy", "--to", dir.resolve("x.md").toString(),
                "--data-dir", journal.toString()).code);
    }

    @Test
    void goalsListsTheGoals() {
        addGoal();

        assertEquals(List.of("review-speed  Review speed  median PR review turnaround: 20 → 10 h by 2026-12-31"
                        + "  now 20 h, 0%, on track, 32 days left  (active)"),
                run("goals", "--data-dir", journal.toString()).lines());
    }

    @Test
    void checkinRecordsAValueAndGoalsShowPrintsTheTable() {
        addGoal();
        String id = run("add", "Test plans help +review-speed", "--data-dir", journal.toString()).out.strip();

        CliRun checkin = run("checkin", "review-speed", "14", "--comment", "smaller PRs", "--evidence", id.substring(0, 8),
                "--data-dir", journal.toString());
        CliRun show = run("goals", "show", "review-speed", "--data-dir", journal.toString());

        assertEquals(0, checkin.code, checkin.err);
        assertEquals("review-speed  Review speed  median PR review turnaround: 20 → 10 h by 2026-12-31"
                + "  now 14 h, 60%, on track, 32 days left  (active)\n", checkin.out);
        assertTrue(show.out.endsWith("  #  date        value  comment\n  1  2026-11-29     14  smaller PRs\n"), show.out);
        assertEquals(2, run("checkin", "nope", "1", "--data-dir", journal.toString()).code);
        assertEquals(2, run("checkin", "review-speed", "many", "--data-dir", journal.toString()).code);
    }

    @Test
    void anUnknownGoalIsAClearErrorWithExitCodeTwo() {
        CliRun add = run("add", "Linked +nope", "--data-dir", journal.toString());

        assertEquals(2, add.code);
        assertEquals("", add.out);
        assertEquals("learnlog: There is no goal \"nope\". `learnlog goals --data-dir " + journal + "` lists the goals.\n",
                add.err, "the command it names is for this journal");
        assertEquals(List.of(), run("list", "--data-dir", journal.toString()).lines());
    }

    @Test
    void anUnknownNoteIdIsExitCodeTwo() {
        CliRun show = run("show", "abcdef12", "--data-dir", journal.toString());

        assertEquals(2, show.code);
        assertTrue(show.err.contains("No note has the id abcdef12"), show.err);
    }

    @Test
    void aLockedJournalExitsWithCodeThreeAndSaysSo() throws Exception {
        try (SecondProcess other = SecondProcess.holding(journal)) {
            CliRun add = run("add", "Blocked", "--data-dir", journal.toString());

            assertEquals(3, add.code);
            assertTrue(add.err.matches("learnlog: Another Learnlog has the journal open \\(Learnlog, pid \\d+\\)\\. "
                    + "Close it or let it finish, then try again\\.\n"), add.err);
        }
        assertEquals(0, run("add", "Now it works", "--data-dir", journal.toString()).code);
    }

    @Test
    void aBadDataDirIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        CliRun list = run("list", "--data-dir", file.toString());

        assertEquals(1, list.code);
        assertTrue(list.err.startsWith("learnlog: The data directory " + file + " is a file"), list.err);
    }

    @Test
    void usageErrorsExitWithCodeTwo() {
        assertEquals(2, run("add").code);
        assertEquals(2, run("list", "--limit", "many").code);
        assertEquals(2, run("frobnicate").code);
        assertEquals(2, run("add", "x", "--kind", "rant", "--data-dir", journal.toString()).code);
    }

    @Test
    void theDefaultDataDirIsUsedWithoutTheOption() {
        Path defaultDir = dir.resolve("default");
        assertEquals(0, CliRun.of(defaultDir, "add", "Default journal").code);

        assertEquals(1, CliRun.of(defaultDir, "list").lines().size());
    }

    @Test
    void noSubcommandOpensTheDesktopAppOnTheChosenJournal() {
        List<Path> launches = new ArrayList<>();

        assertEquals(0, CliRun.of(dir, launches, "--data-dir", journal.toString()).code);
        assertEquals(List.of(journal), launches);
    }
}
