package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Deletion;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;

/** Deleted notes go to the trash for 30 days and come back whole: tags, goal links and check-in evidence. */
class TrashTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final Trash trash = test.trash();
    private Search search;

    @BeforeEach
    void index() {
        search = test.search();
        search.ensureCurrent(Progress.NONE);
    }

    private Note linkedNote(String title) {
        return test.notes.save(new NoteDraft(null, title, "Body of " + title, LocalDate.of(2026, 11, 20),
                NoteKind.HOW_TO, "pairing", List.of("git", "java/streams"), List.of("review-speed")));
    }

    @Test
    void aDeletedNoteLeavesTheJournalAndItsSearchAndWaitsInTheTrash() {
        Note note = test.notes.save(NoteDraft.of("Pin plugin versions", ""));

        Deletion deletion = trash.delete(List.of(note.id()));

        assertEquals(List.of(note.id()), deletion.notes());
        assertTrue(test.notes.find(note.id()).isEmpty());
        assertEquals(0, search.search("plugin", 10).total());
        assertEquals(List.of(note), trash.list().stream().map(trashed -> trashed.note()).toList());
        assertEquals(test.clock.instant(), trash.list().get(0).deleted());
    }

    @Test
    void aRestoredNoteComesBackWithItsTagsGoalLinksAndCheckInEvidence() {
        test.reviewSpeed();
        Note note = linkedNote("Smaller PRs");
        test.tracking().checkIn("review-speed", 14, LocalDate.of(2026, 11, 29), "", List.of(note.id()));
        trash.delete(List.of(note.id()));

        Trash.Restored restored = trash.restore(List.of(note.id()));

        assertEquals(List.of(note), restored.notes());
        assertEquals(note, test.notes.find(note.id()).orElseThrow());
        assertEquals(List.of(note.id()), test.tracking().checkIns("review-speed").get(0).evidence());
        assertEquals(1, search.search("smaller tag:java goal:review-speed", 10).total());
        assertEquals(List.of(), trash.list());
    }

    @Test
    void undoBringsBackEveryNoteOfOneDeletionAndNoOther() {
        Note first = test.notes.save(NoteDraft.of("First", ""));
        Note second = test.notes.save(NoteDraft.of("Second", ""));
        Note other = test.notes.save(NoteDraft.of("Deleted on its own", ""));
        trash.delete(List.of(other.id()));
        Deletion both = trash.delete(List.of(first.id(), second.id()));

        assertEquals(2, trash.undo(both).notes().size());

        assertEquals(List.of("First", "Second"), test.notes.list(NoteFilter.all(), 10).stream()
                .map(summary -> summary.title()).sorted().toList());
        assertEquals(List.of("Deleted on its own"), trash.list().stream().map(trashed -> trashed.note().title()).toList());
    }

    @Test
    void aGoalDeletedMeanwhileIsLeftOutOfTheRestoredNote() {
        test.reviewSpeed();
        Note note = linkedNote("Smaller PRs");
        trash.delete(List.of(note.id()));
        test.goals.delete("review-speed");

        Note restored = trash.restore(List.of(note.id())).notes().get(0);

        assertEquals(List.of(), restored.goals());
        assertEquals(List.of("git", "java/streams"), restored.tags());
    }

    @Test
    void aNoteWhoseIdIsInUseAgainStaysInTheTrash() throws Exception {
        Note note = test.notes.save(NoteDraft.of("Imported again later", ""));
        trash.delete(List.of(note.id()));
        test.notes.save(new NoteDraft(note.id(), "Imported again later", "", note.date(), note.kind(), "",
                List.of(), List.of()));

        Trash.Restored restored = trash.restore(List.of(note.id()));

        assertEquals(List.of(), restored.notes());
        assertEquals(1, restored.left());
        assertEquals(1, trash.list().size());
    }

    @Test
    void theTrashKeepsNotesThirtyDaysAndCanBeEmptied() {
        Note old = test.notes.save(NoteDraft.of("Old", ""));
        trash.delete(List.of(old.id()));
        test.clock.advance(Trash.KEPT.plus(Duration.ofHours(1)));
        Note recent = test.notes.save(NoteDraft.of("Recent", ""));
        trash.delete(List.of(recent.id()));

        assertEquals(1, trash.emptyExpired());
        assertEquals(List.of("Recent"), trash.list().stream().map(trashed -> trashed.note().title()).toList());
        assertEquals(1, trash.empty());
        assertEquals(List.of(), trash.list());
    }
}
