package org.learnlog.ui.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.TestJournal;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** The trash window without a window: the deleted notes, restoring some, emptying it. */
class TrashModelTest {
    private final TestJournal test = new TestJournal();
    private final JournalEvents events = new JournalEvents();
    private final List<JournalEvents.Change> told = new ArrayList<>();
    private final TrashModel model = new TrashModel(test.trash(), new SameThreadBackground(), events, Messages.load());

    TrashModelTest() {
        events.listen(told::add);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void restoredNotesLeaveTheTrashAndAreToldToTheOtherScreens() {
        Note kept = test.notes.save(NoteDraft.of("Keep me", ""));
        test.notes.save(NoteDraft.of("Let me go", ""));
        test.trash().delete(test.notes.list(NoteFilter.all(), 10).stream().map(n -> n.id()).toList());
        model.load();

        model.restore(model.notes().stream().filter(trashed -> trashed.note().id().equals(kept.id())).toList());

        assertEquals(List.of("Let me go"), model.notes().stream().map(trashed -> trashed.note().title()).toList());
        assertEquals(List.of(new JournalEvents.NotesBack(List.of(kept.id()))), told);
        assertEquals("Keep me", test.notes.find(kept.id()).orElseThrow().title());
    }

    @Test
    void emptyingDeletesForGood() {
        Note gone = test.notes.save(NoteDraft.of("Gone", ""));
        test.trash().delete(List.of(gone.id()));
        model.load();

        model.empty();

        assertEquals(List.of(), model.notes());
        assertEquals("Deleted 1 note for good.", model.status().get());
    }
}
