package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;

class DraftsTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();

    private Drafts drafts() {
        return new Drafts(dir.resolve("drafts"), test.notes, test.clock);
    }

    @Test
    void aNewNoteThatWasNeverSavedIsOfferedBackWithItsText() {
        NoteDraft typed = withId(NoteDraft.of("Half a thought", "Typed, then the power went"));

        drafts().keep(typed);

        List<Note> unsaved = drafts().unsaved();
        assertEquals(1, unsaved.size());
        assertEquals(typed, NoteDraft.from(unsaved.get(0)));
        assertEquals(List.of(), hiddenFiles(), "the draft was moved into place whole");
    }

    @Test
    void aDraftTheJournalCaughtUpWithIsRemovedNotOffered() {
        Note note = test.notes.save(NoteDraft.of("Saved", "text"));
        drafts().keep(NoteDraft.from(note));

        assertEquals(List.of(), drafts().unsaved());
        assertFalse(Files.exists(dir.resolve("drafts/" + note.id() + ".md")));
    }

    @Test
    void newerTextForASavedNoteIsOfferedButAnOlderDraftIsNot() {
        Note note = test.notes.save(NoteDraft.of("Saved", "first words"));
        test.clock.advance(Duration.ofMinutes(1));
        drafts().keep(withBody(NoteDraft.from(note), "first words, and more typed before the crash"));

        assertEquals("first words, and more typed before the crash", drafts().unsaved().get(0).body());

        test.clock.advance(Duration.ofMinutes(1));
        test.notes.save(withBody(NoteDraft.from(note), "saved later from another window"));
        assertEquals(List.of(), drafts().unsaved());
    }

    @Test
    void discardForgetsADraftAndAFileThatIsNoDraftIsLeftAlone() throws Exception {
        NoteDraft typed = withId(NoteDraft.of("Let go", ""));
        drafts().keep(typed);
        Files.writeString(dir.resolve("drafts/not-a-draft.md"), "no front matter");

        drafts().discard(typed.id());

        assertEquals(List.of(), drafts().unsaved());
        assertTrue(Files.exists(dir.resolve("drafts/not-a-draft.md")));
    }

    @Test
    void aJournalInMemoryKeepsNoDrafts() {
        Drafts none = new Drafts(null, test.notes, test.clock);
        none.keep(withId(NoteDraft.of("Nowhere", "")));

        assertEquals(List.of(), none.unsaved());
    }

    /** A note being typed has its id and day from the start. */
    private NoteDraft withId(NoteDraft draft) {
        return new NoteDraft(UUID.randomUUID(), draft.title(), draft.body(), test.notes.today(), draft.kind(),
                draft.context(), draft.tags(), draft.goals());
    }

    private static NoteDraft withBody(NoteDraft draft, String body) {
        return new NoteDraft(draft.id(), draft.title(), body, draft.date(), draft.kind(), draft.context(), draft.tags(),
                draft.goals());
    }

    private List<Path> hiddenFiles() {
        try (var files = Files.list(dir.resolve("drafts"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
