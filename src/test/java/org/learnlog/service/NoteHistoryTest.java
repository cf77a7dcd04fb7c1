package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.LineDiff;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteVersion;
import org.learnlog.store.NoteVersions;

/** Each save that changes a note keeps what it replaced, one version per ten minutes of editing, for 90 days. */
class NoteHistoryTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final NoteHistory history = test.history();

    private Note edit(Note note, String body) {
        return test.notes.save(new NoteDraft(note.id(), note.title(), body, note.date(), note.kind(), note.context(),
                note.tags(), note.goals()));
    }

    private List<String> bodies(Note note) {
        return history.versions(note.id()).stream().map(version -> version.note().body()).toList();
    }

    @Test
    void aSaveThatChangesTheNoteKeepsTheTextItReplaced() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "first"));
        test.clock.advance(Duration.ofMinutes(1));

        edit(note, "second");

        List<NoteVersion> versions = history.versions(note.id());
        assertEquals(List.of("first"), bodies(note));
        assertEquals(note.updated(), versions.get(0).note().updated());
        assertEquals(test.clock.instant(), versions.get(0).replaced());
    }

    @Test
    void savingAnUnchangedNoteKeepsNoVersion() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "first"));

        test.notes.save(NoteDraft.from(note));

        assertEquals(List.of(), history.versions(note.id()));
    }

    @Test
    void tenMinutesOfAutosavesKeepOneVersionThenTheNextEditKeepsAnother() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "v0"));
        for (int i = 1; i <= 20; i++) {
            test.clock.advance(Duration.ofSeconds(25));
            note = edit(note, "v" + i);
        }
        assertEquals(List.of("v0"), bodies(note));

        test.clock.advance(NoteVersions.COALESCE);
        edit(note, "v21");

        assertEquals(List.of("v20", "v0"), bodies(note));
    }

    @Test
    void restoringPutsTheTextBackAndKeepsWhatItReplacedEvenWithinMinutes() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "the good text"));
        test.clock.advance(Duration.ofSeconds(5));
        note = edit(note, "select-all, delete: oops");
        test.clock.advance(Duration.ofSeconds(5));

        Note restored = history.restore(history.versions(note.id()).get(0).id()).after();

        assertEquals("the good text", restored.body());
        assertEquals("the good text", test.notes.find(note.id()).orElseThrow().body());
        assertEquals(List.of("select-all, delete: oops", "the good text"), bodies(note));
    }

    @Test
    void theChangesSinceAVersionListTheFieldsAndBodyLineByLine() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "# How\nUse merge.\nPush."));
        test.clock.advance(Duration.ofMinutes(1));
        edit(note, "# How\nUse rebase -i.\nPush.");

        List<LineDiff.Line> changes = history.changesSince(history.versions(note.id()).get(0));

        assertEquals(List.of(new LineDiff.Line(LineDiff.Change.REMOVED, "Use merge."),
                new LineDiff.Line(LineDiff.Change.ADDED, "Use rebase -i.")),
                changes.stream().filter(line -> line.change() != LineDiff.Change.SAME).toList());
        assertTrue(changes.contains(new LineDiff.Line(LineDiff.Change.SAME, "title: Squash fixups")));
    }

    @Test
    void versionsOlderThanNinetyDaysAreForgotten() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "old"));
        note = edit(note, "newer");
        test.clock.advance(NoteHistory.KEPT.plusDays(1));
        edit(note, "newest");

        assertEquals(1, history.purgeExpired());
        assertEquals(List.of("newer"), bodies(note));
    }

    @Test
    void aRestoreOfAVersionNoLongerKeptSaysSo() {
        assertThrows(NotFoundException.class, () -> history.restore(12345));
    }

    @Test
    void theHistoryOfANoteSurvivesTheTrashAndARestore() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "before"));
        edit(note, "after");
        Trash trash = test.trash();

        trash.undo(trash.delete(List.of(note.id())));

        assertEquals(List.of("before"), bodies(note));
    }

    @Test
    void anImportThatUpdatesANoteKeepsTheTextItReplacedAndANewNoteHasNoHistory(@TempDir Path dir) throws Exception {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "mine"));
        Note newer = new Note(note.id(), note.title(), "a teammate's", note.date(), note.kind(), note.context(),
                note.tags(), note.goals(), note.created(), note.updated().plusSeconds(60), note.source());
        Note added = new Note(UUID.randomUUID(), "Bisect", "new", note.date(), note.kind(), "", List.of(), List.of(),
                note.created(), note.created(), "");
        Files.writeString(dir.resolve("squash.md"), NoteMarkdown.write(newer));
        Files.writeString(dir.resolve("bisect.md"), NoteMarkdown.write(added));

        test.journalImport().importFrom(dir);

        assertEquals(List.of("mine"), bodies(note));
        assertEquals(List.of(), bodies(added));
        assertEquals("a teammate's", test.notes.find(note.id()).orElseThrow().body());
    }
}
