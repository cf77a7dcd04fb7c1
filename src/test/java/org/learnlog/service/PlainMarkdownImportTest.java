package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.ImportReport.Outcome;

class PlainMarkdownImportTest {
    private static final Path TIL = Path.of("../shared/corpus/til");

    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();


    @Test
    void oneMarkdownFileImportsAloneAndItsNeighboursStayOut() throws Exception {
        write("shared/review-checklist.md", "# Review checklist\n\n- [ ] Run the tests\n");
        write("shared/other.md", "# Not this one\n");

        ImportReport report = test.journalImport().importFrom(dir.resolve("shared/review-checklist.md"));

        assertEquals(1, report.count(Outcome.IMPORTED), report.entries().toString());
        List<Note> notes = test.notes.load(NoteFilter.all());
        assertEquals(List.of("Review checklist"), notes.stream().map(Note::title).toList());
        assertEquals("review-checklist.md", notes.get(0).source());
    }

    @Test
    void headingsFileNamesFoldersAndDatesBecomeTitlesTagsAndDays() throws Exception {
        write("git/auto-squash.md", "# Auto-Squash Those Fixup Commits\n\nUse `--autosquash`.\n");
        write("journal/2024-03-01.md", "No heading here.\n\n# Later heading\n");
        write("deep/nested folder/note_name.md", "---\ndate: 2023-07-04\ntags: [Work, \"two words\"]\n---\nText\n");
        Files.setLastModifiedTime(dir.resolve("git/auto-squash.md"), FileTime.from(Instant.parse("2025-05-05T10:00:00Z")));

        ImportReport report = test.journalImport().importFrom(dir);

        assertEquals(ImportFormat.MARKDOWN, report.format());
        assertEquals(3, report.count(Outcome.IMPORTED), report.entries().toString());
        Map<String, Note> bySource = test.notes.load(NoteFilter.all()).stream()
                .collect(Collectors.toMap(Note::source, Function.identity()));
        Note squash = bySource.get("git/auto-squash.md");
        assertEquals("Auto-Squash Those Fixup Commits", squash.title());
        assertEquals("Use `--autosquash`.\n", squash.body());
        assertEquals(List.of("git"), squash.tags());
        assertEquals(LocalDate.of(2025, 5, 5), squash.date());
        Note dated = bySource.get("journal/2024-03-01.md");
        assertEquals("2024 03 01", dated.title());
        assertEquals(LocalDate.of(2024, 3, 1), dated.date());
        assertEquals("No heading here.\n\n# Later heading\n", dated.body());
        Note nested = bySource.get("deep/nested folder/note_name.md");
        assertEquals("note name", nested.title());
        assertEquals(LocalDate.of(2023, 7, 4), nested.date());
        assertEquals(List.of("deep/nested-folder", "two-words", "Work"), nested.tags());
    }

    @Test
    void importingTheSameFolderAgainChangesNothing() throws Exception {
        write("git/a.md", "# A\n");

        test.journalImport().importFrom(dir);
        ImportReport again = test.journalImport().importFrom(dir);

        assertEquals(1, again.count(Outcome.UNCHANGED), again.summary());
        assertEquals(1, test.notes.list(NoteFilter.all(), 10).size());
    }

    @Test
    void theTilCorpusImportsAsOneNotePerFileWithTitlesAndFolderTags() {
        // Read in place, never copied into the project; skipped where the corpus is absent.
        assumeTrue(Files.isDirectory(TIL), "the TIL corpus is not on this machine");

        ImportReport report = test.journalImport().importFrom(TIL);

        assertEquals(ImportFormat.MARKDOWN, report.format());
        assertEquals(1871, report.count(Outcome.IMPORTED), report.summary());
        assertEquals(1871, test.notes.list(NoteFilter.all(), 5000).size());
        Map<String, Note> bySource = test.notes.load(NoteFilter.tag("git")).stream()
                .collect(Collectors.toMap(Note::source, Function.identity()));
        assertEquals("Accessing A Lost Commit", bySource.get("git/accessing-a-lost-commit.md").title());
        assertEquals(List.of("git"), bySource.get("git/accessing-a-lost-commit.md").tags());
        assertEquals(topicFolders(), test.notes.tagsInUse().size());
    }

    private static long topicFolders() {
        try (var entries = Files.list(TIL)) {
            return entries.filter(Files::isDirectory).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
