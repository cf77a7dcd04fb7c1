package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** Importers for collections people already keep in other tools, on small fixtures. */
class ToolImportTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();


    @Test
    void anObsidianVaultKeepsFileTitlesFrontMatterAndInlineTagsAndWikilinks() throws Exception {
        write(".obsidian/app.json", "{}");
        write(".obsidian/notes-in-settings.md", "# not a note\n");
        write("attachments/diagram.png", "not markdown");
        write("Areas/Deploys.md", """
                ---
                tags: [ops, "release"]
                aliases: [Shipping]
                created: 2024-02-03T08:15:00Z
                ---
                See [[Rollbacks]] and [[Flags|feature flags]]. #area/deploys #ops
                `#not-a-tag` and #123 are not tags, nor is a URL's http://x.org/#anchor.

                ```sh
                # a comment, not a tag
                ```
                """);
        write("Daily/2024-03-01.md", "---\ntags: \"#daily, standup\"\n---\nQuiet day.\n");

        ImportReport report = test.journalImport().importFrom(dir);

        assertEquals(ImportFormat.OBSIDIAN, report.format());
        assertEquals(2, report.count(Outcome.IMPORTED), report.entries().toString());
        Map<String, Note> notes = bySource();
        Note deploys = notes.get("Areas/Deploys.md");
        assertEquals("Deploys", deploys.title());
        assertEquals(List.of("area/deploys", "ops", "release"), deploys.tags());
        assertEquals(LocalDate.of(2024, 2, 3), deploys.date());
        assertEquals(Instant.parse("2024-02-03T08:15:00Z"), deploys.created());
        assertEquals("Aliases: Shipping", deploys.context());
        assertEquals(true, deploys.body().startsWith("See [[Rollbacks]] and [[Flags|feature flags]]."));
        Note daily = notes.get("Daily/2024-03-01.md");
        assertEquals(List.of("daily", "standup"), daily.tags());
        assertEquals(LocalDate.of(2024, 3, 1), daily.date());
    }

    @Test
    void aJoplinExportKeepsTitlesTimesAndTags() throws Exception {
        write("Work/Rebase notes.md", """
                ---
                title: "Rebase: the safe way"
                updated: 2024-05-02 10:00:00Z
                created: 2024-05-01 09:30:00Z
                tags:
                  - git
                  - how to
                ---

                Always `git fetch` first.
                """);

        ImportReport report = test.journalImport().importFrom(dir);

        assertEquals(ImportFormat.JOPLIN, report.format());
        Note note = bySource().get("Work/Rebase notes.md");
        assertEquals("Rebase: the safe way", note.title());
        assertEquals(Instant.parse("2024-05-01T09:30:00Z"), note.created());
        assertEquals(Instant.parse("2024-05-02T10:00:00Z"), note.updated());
        assertEquals(LocalDate.of(2024, 5, 1), note.date());
        assertEquals(List.of("git", "how-to"), note.tags());
        assertEquals("Always `git fetch` first.\n", note.body());
    }

    @Test
    void aJrnlJsonExportBecomesOneNotePerEntryAndReimportsAsUnchanged() throws Exception {
        write("jrnl.json", """
                {"tags": {"@work": 1},
                 "entries": [
                  {"title": "Pairing beats review for tricky diffs.", "body": "Caught two bugs live.\\n",
                   "date": "2024-03-01", "time": "09:40", "tags": ["@work"], "starred": false},
                  {"title": "Caf\\u00e9 \\"quotes\\"", "body": "", "date": "2024-03-02", "time": "18:05", "tags": []}
                 ]}
                """);

        ImportReport first = test.journalImport().importFrom(dir.resolve("jrnl.json"));
        ImportReport again = test.journalImport().importFrom(dir.resolve("jrnl.json"));

        assertEquals(ImportFormat.JRNL, first.format());
        assertEquals(2, first.count(Outcome.IMPORTED), first.entries().toString());
        assertEquals(2, again.count(Outcome.UNCHANGED), again.summary());
        Map<String, Note> byTitle = test.notes.load(NoteFilter.all()).stream()
                .collect(Collectors.toMap(Note::title, Function.identity()));
        Note pairing = byTitle.get("Pairing beats review for tricky diffs.");
        assertEquals("Caught two bugs live.", pairing.body());
        assertEquals(List.of("work"), pairing.tags());
        assertEquals(Instant.parse("2024-03-01T09:40:00Z"), pairing.created());
        assertEquals(LocalDate.of(2024, 3, 2), byTitle.get("Café \"quotes\"").date());
    }

    @Test
    void aMalformedJrnlFileIsAClearError() throws Exception {
        write("broken.json", "{\"entries\": [ {\"title\": \"x\", ");

        InvalidInputException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> test.journalImport().importFrom(dir.resolve("broken.json")));

        assertEquals(true, error.getMessage().contains("is not valid JSON (line 1, column "), error.getMessage());
    }

    @Test
    void theFormatCanBeForced() throws Exception {
        write("Work/Rebase notes.md", "---\ntitle: T\ncreated: 2024-05-01\nupdated: 2024-05-01\n---\nBody\n");

        ImportReport report = test.journalImport().importFrom(dir, ImportFormat.MARKDOWN, Progress.NONE);

        assertEquals(ImportFormat.MARKDOWN, report.format());
        assertEquals(List.of("Work"), bySource().get("Work/Rebase notes.md").tags());
    }

    private Map<String, Note> bySource() {
        return test.notes.load(NoteFilter.all()).stream().collect(Collectors.toMap(Note::source, Function.identity()));
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
