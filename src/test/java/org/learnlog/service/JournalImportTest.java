package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.AidMarkdown;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Aid;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.ImportReport.Outcome;

class JournalImportTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();


    @Test
    void aNewerCopyInTheFileUpdatesTheNote() throws Exception {
        Note note = test.notes.save(NoteDraft.of("Original", "old text"));
        Note newer = new Note(note.id(), "Edited by a teammate", "new text", note.date(), note.kind(), "", List.of(),
                List.of(), note.created(), note.updated().plus(Duration.ofHours(1)), "");
        Files.writeString(dir.resolve("note.md"), NoteMarkdown.write(newer));

        ImportReport report = test.journalImport().importFrom(dir);

        assertEquals(1, report.count(Outcome.UPDATED), report.summary());
        assertEquals(newer, test.notes.find(note.id()).orElseThrow());
    }

    @Test
    void anOlderDifferentCopyIsAConflictThatKeepsBothOnceOnly() throws Exception {
        Note note = test.notes.save(NoteDraft.of("Original", "text"));
        Files.writeString(dir.resolve("note.md"), NoteMarkdown.write(note));
        test.clock.advance(Duration.ofMinutes(10));
        test.notes.save(new NoteDraft(note.id(), "Edited here since", "text", note.date(), note.kind(), "",
                List.of(), List.of()));

        ImportReport first = test.journalImport().importFrom(dir);
        ImportReport second = test.journalImport().importFrom(dir);

        assertEquals(1, first.count(Outcome.CONFLICT), first.summary());
        assertTrue(first.entries().get(0).detail().matches(".*this version is kept as note [0-9a-f]{8}\\."),
                first.entries().get(0).detail());
        assertEquals(1, second.count(Outcome.CONFLICT), second.summary());
        assertTrue(second.entries().get(0).detail().contains("was kept earlier"), second.entries().get(0).detail());
        assertEquals(List.of("Edited here since", "Original"), test.notes.list(NoteFilter.all(), 10).stream()
                .map(n -> n.title()).sorted().toList());
    }

    @Test
    void twoFilesOfOneNoteFindTheConflictCopyKeptEarlierEvenAfterTheNoteWasDeleted() throws Exception {
        Note mine = test.notes.save(NoteDraft.of("Flags", "mine"));
        Note theirs = new Note(mine.id(), mine.title(), "theirs", mine.date(), mine.kind(), "", List.of(), List.of(),
                mine.created(), mine.updated(), "");
        Files.writeString(dir.resolve("a.md"), NoteMarkdown.write(mine));
        Files.writeString(dir.resolve("b.md"), NoteMarkdown.write(theirs));
        test.journalImport().importFrom(dir);
        test.trash().delete(List.of(mine.id()));

        ImportReport again = test.journalImport().importFrom(dir);

        assertEquals(Outcome.IMPORTED, again.entries().get(0).outcome(), again.summary());
        assertTrue(again.entries().get(1).detail().contains("was kept earlier"), again.entries().get(1).detail());
        assertEquals(List.of("mine", "theirs"), test.notes.list(NoteFilter.all(), 10).stream()
                .map(n -> test.notes.find(n.id()).orElseThrow().body()).sorted().toList());
    }

    @Test
    void aTeammatesNewerAidUpdatesTheAdoptedCopyAndAnOlderOneIsSkipped() throws Exception {
        Note note = test.notes.save(NoteDraft.of("Flags", "- check flags"));
        Aids aids = test.aids(null);
        Aid v1 = aids.save(aids.make(AidRequest.ofNotes("checklist", List.of(note.id()))));
        Aid v2 = new Aid(v1.id(), v1.type(), v1.title(), "Teammate", v1.created(), v1.updated().plusSeconds(60), 2,
                v1.sourceNotes(), v1.goals(), v1.tags(), v1.body() + "- [ ] tell the on-call\n");
        Files.writeString(dir.resolve("checklist.md"), AidMarkdown.write(v2));

        ImportReport newer = test.journalImport().importFrom(dir);
        Files.writeString(dir.resolve("checklist.md"), AidMarkdown.write(v1));
        ImportReport older = test.journalImport().importFrom(dir);

        assertEquals(1, newer.count(Outcome.UPDATED), newer.entries().toString());
        assertEquals(1, older.count(Outcome.SKIPPED), older.entries().toString());
        assertEquals(List.of(v2), aids.all());
        assertEquals(1, test.notes.list(NoteFilter.all(), 10).size());
    }

    @Test
    void aNoteLinkingAnUnknownGoalIsSkippedWithTheReason() throws Exception {
        Note note = test.notes.save(NoteDraft.of("Linked", ""));
        test.trash().delete(List.of(note.id()));
        Note linked = new Note(note.id(), "Linked", "", note.date(), note.kind(), "", List.of(), List.of("nowhere"),
                note.created(), note.updated(), "");
        Files.writeString(dir.resolve("linked.md"), NoteMarkdown.write(linked));

        ImportReport report = test.journalImport().importFrom(dir);

        assertEquals(Outcome.SKIPPED, report.entries().get(0).outcome());
        assertTrue(report.entries().get(0).detail().contains("\"nowhere\""), report.entries().get(0).detail());
        assertTrue(test.notes.list(NoteFilter.all(), 10).isEmpty());
    }

    @Test
    void manyFilesAreReportedInTheirOrderAcrossBatchesWithTheBadOnesSkipped() throws Exception {
        Note template = test.notes.save(NoteDraft.of("Template", ""));
        test.trash().delete(List.of(template.id()));
        Files.writeString(dir.resolve(JournalExport.MARKER), "");
        List<Integer> bad = List.of(3, NoteBatch.SIZE, NoteBatch.SIZE + 1, 2 * NoteBatch.SIZE + 7);
        int count = 2 * NoteBatch.SIZE + 34;
        for (int i = 0; i < count; i++) {
            Note note = new Note(UUID.randomUUID(), "Note " + i, "", template.date(), template.kind(), "", List.of(),
                    List.of(), template.created(), template.updated(), "");
            Files.writeString(dir.resolve(String.format("n%05d.md", i)), bad.contains(i) ? "no front matter" : NoteMarkdown.write(note));
        }

        ImportReport report = test.journalImport().importFrom(dir);

        assertEquals(count, report.entries().size());
        for (int i = 0; i < count; i++) {
            ImportReport.Entry entry = report.entries().get(i);
            assertEquals(String.format("n%05d.md", i), entry.path());
            assertEquals(bad.contains(i) ? Outcome.SKIPPED : Outcome.IMPORTED, entry.outcome(), entry.toString());
        }
        assertEquals(count - bad.size(), test.notes.list(NoteFilter.all(), Integer.MAX_VALUE).size());
    }
}
