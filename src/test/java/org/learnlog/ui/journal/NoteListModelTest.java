package org.learnlog.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SteppingClock;
import org.learnlog.service.TestJournal;
import org.learnlog.store.Database;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.SameThreadBackground;
import org.learnlog.ui.StatusLine;

/** A save moves once: the note list updates the one row it changed, without loading the list again. */
class NoteListModelTest {
    private final SteppingClock clock = new SteppingClock(TestJournal.NOW);
    private final JournalServices services = JournalAssembly.over(Database.inMemory(), clock, null);
    private final SameThreadBackground background = new SameThreadBackground();
    private final JournalEvents events = new JournalEvents();
    private final NoteListModel model = new NoteListModel(services.notes(), background, new Navigation(), events,
            new StatusLine(Messages.load()));
    private final List<String> changes = new ArrayList<>();
    private Note older;
    private Note newer;

    @BeforeEach
    void twoNotes() {
        older = services.notes().save(note("Squash fixups", LocalDate.of(2026, 11, 20), "git"));
        newer = services.notes().save(note("Pin plugins", LocalDate.of(2026, 11, 28), "ci"));
        model.load();
        model.notes().addListener((ListChangeListener<NoteSummary>) change -> {
            while (change.next()) {
                changes.add((change.wasAdded() ? "+" + change.getAddedSize() : "") + (change.wasRemoved()
                        ? "-" + change.getRemovedSize() : ""));
            }
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewNoteIsAddedInItsPlaceAndNothingIsLoaded() {
        int loads = background.reads();

        saved(note("Rebase first", LocalDate.of(2026, 11, 29), "git"));

        assertEquals(List.of("Rebase first", "Pin plugins", "Squash fixups"), titles());
        assertEquals(List.of("+1"), changes);
        assertEquals(loads, background.reads(), "the list was not loaded again");
    }

    @Test
    void anEditedNoteMovesToWhereItsNewDayPutsIt() {
        saved(new NoteDraft(older.id(), "Squash fixups", "", LocalDate.of(2026, 11, 29), NoteKind.INSIGHT, "",
                List.of("git"), List.of()));

        assertEquals(List.of("Squash fixups", "Pin plugins"), titles());
        assertEquals(List.of("-1", "+1"), changes);
    }

    @Test
    void aNoteThatNoLongerMatchesTheFilterLeavesTheList() {
        model.filterProperty().set(NoteFilter.tag("git"));
        changes.clear();

        saved(new NoteDraft(older.id(), "Squash fixups", "", older.date(), NoteKind.INSIGHT, "", List.of("java"),
                List.of()));

        assertEquals(List.of(), titles());
    }

    @Test
    void notesDeletedLeaveTheirRows() {
        events.publish(new JournalEvents.NotesGone(List.of(newer.id())));

        assertEquals(List.of("Squash fixups"), titles());
    }

    private void saved(NoteDraft draft) {
        events.publish(new JournalEvents.NoteSaved(services.notes().saveChange(draft)));
    }

    private List<String> titles() {
        return model.notes().stream().map(NoteSummary::title).toList();
    }

    private static NoteDraft note(String title, LocalDate day, String tag) {
        return new NoteDraft(null, title, "", day, NoteKind.INSIGHT, "", List.of(tag), List.of());
    }
}
