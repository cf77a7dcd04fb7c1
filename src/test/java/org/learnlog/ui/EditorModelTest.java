package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;
import org.learnlog.ui.editor.EditorModel;

/** The editor's state and commands, without a window. */
class EditorModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:40:00Z"), ZoneOffset.UTC);

    private final JournalServices services = JournalAssembly.over(Database.inMemory(), CLOCK, null);
    private final List<Note> saved = new ArrayList<>();
    private final JournalEvents events = new JournalEvents();
    private final EditorModel editor = new EditorModel(services.notes(), services.drafts(), new SameThreadBackground(),
            Messages.load(), events);

    EditorModelTest() {
        events.listen(change -> {
            if (change instanceof JournalEvents.NoteSaved note) {
                saved.add(note.change().after());
            }
        });
    }

    @Test
    void aFailedSaveKeepsTheTextAndSaysWhy() {
        editor.fields().title().set("Precious thought");
        editor.fields().body().set("Three paragraphs I will not type again.");
        services.close();
        List<String> ranAfterSave = new ArrayList<>();

        editor.saveThen(() -> ranAfterSave.add("next"));

        assertEquals("Precious thought", editor.fields().title().get());
        assertEquals("Three paragraphs I will not type again.", editor.fields().body().get());
        assertTrue(editor.status().get().startsWith("Couldn’t save: The journal in memory is closed."), editor.status().get());
        assertTrue(editor.status().get().endsWith("Your text is still here."), editor.status().get());
        assertTrue(editor.isDirty());
        assertTrue(ranAfterSave.isEmpty());
        assertTrue(saved.isEmpty());
    }

    @Test
    void aSaveAskedForWhileANoteIsBeingShownLeavesTheNoteAlone() {
        Note stored = services.notes().save(NoteDraft.of("Squash fixups", "git rebase -i --autosquash")
                .withTags(List.of("git")));
        // The goals box moves a list's focus when its goals change, and the editor saves when focus leaves it.
        editor.fields().title().addListener(observable -> editor.save());

        editor.load(stored);

        Note now = services.notes().find(stored.id()).orElseThrow();
        assertEquals("git rebase -i --autosquash", now.body());
        assertEquals(List.of("git"), now.tags());
        assertTrue(saved.isEmpty());
        assertFalse(editor.isDirty());
    }

    @Test
    void twoSavesQueuedBeforeTheFirstEndsMakeOneNote() {
        QueuedBackground queued = new QueuedBackground();
        EditorModel slowEditor = new EditorModel(services.notes(), services.drafts(), queued, Messages.load(), events);
        slowEditor.fields().title().set("Pressed Ctrl+S twice");

        slowEditor.save();
        slowEditor.save();
        queued.runAll();

        assertEquals(1, services.notes().list(NoteFilter.all(), 10).size());
        assertEquals(2, saved.size());
        assertFalse(slowEditor.isDirty());
    }

    @Test
    void anEmptyNewNoteIsNeverSaved() {
        List<String> ranAfterSave = new ArrayList<>();

        editor.saveThen(() -> ranAfterSave.add("next"));

        assertEquals(List.of("next"), ranAfterSave);
        assertTrue(services.notes().list(NoteFilter.all(), 10).isEmpty());
    }

    @Test
    void savingTakesTheStoredFormAndIsThenClean() {
        editor.fields().title().set("Tagged");
        editor.fields().tags().set("#git,  Java ");

        editor.save();

        assertEquals("git Java", editor.fields().tags().get(), editor.status().get());
        assertFalse(editor.isDirty());
        assertEquals(1, saved.size());
        assertTrue(editor.isEditing(saved.get(0).id()));
    }

    @Test
    void aNewNoteInAFilteredListCarriesItsTagWithoutBeingDirty() {
        editor.startNew(CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate(), NoteFilter.tag("git"));

        assertEquals("git", editor.fields().tags().get());
        assertFalse(editor.isDirty());
    }

    /** Holds background work until the test runs it, as a busy writer thread would. */
    private static final class QueuedBackground implements Background {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> Job<T> read(Callable<T> work) {
            return write(work);
        }

        @Override
        public <T> Job<T> write(Callable<T> work) {
            Job<T> job = new Job<>();
            queue.add(() -> {
                try {
                    job.succeed(work.call());
                } catch (Exception e) {
                    job.fail(e);
                }
            });
            return job;
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }
}
