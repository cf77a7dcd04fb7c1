package org.learnlog.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.LineDiff;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.TestJournal;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** The history window without a window: versions, what changed, and a restore told to the other screens. */
class HistoryModelTest {
    private final TestJournal test = new TestJournal();
    private final JournalEvents events = new JournalEvents();
    private final List<JournalEvents.Change> told = new ArrayList<>();
    private final List<String> savedFirst = new ArrayList<>();
    private final HistoryModel model = new HistoryModel(test.history(), new SameThreadBackground(), next -> {
        savedFirst.add("saved");
        next.run();
    }, events, Messages.load());

    HistoryModelTest() {
        events.listen(told::add);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aRestoreSavesTheEditorFirstThenPutsTheVersionBackAndSaysSo() {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "the good text"));
        test.clock.advance(Duration.ofMinutes(20));
        test.notes.save(new NoteDraft(note.id(), "Squash fixups", "oops", note.date(), note.kind(), "", List.of(),
                List.of()));
        model.load(note.id());
        model.compare(model.versions().get(0));
        assertTrue(model.changes().stream().anyMatch(line -> line.change() == LineDiff.Change.ADDED
                && line.text().equals("oops")), model.changes().toString());

        model.restore(model.versions().get(0));

        assertEquals(List.of("saved"), savedFirst);
        assertEquals("the good text", test.notes.find(note.id()).orElseThrow().body());
        assertEquals(1, told.size());
        assertEquals("the good text", ((JournalEvents.NoteSaved) told.get(0)).change().after().body());
        assertTrue(model.status().get().startsWith("Restored"), model.status().get());
    }
}
