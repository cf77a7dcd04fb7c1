package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;

class NotesTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final Notes notes = test.notes;


    @Test
    void capturedNoteAppearsUnderToday() {
        Note saved = notes.save(NoteDraft.of("Squash fixups", "git rebase -i --autosquash"));

        assertEquals(LocalDate.of(2026, 11, 29), saved.date());
        assertEquals(TestJournal.NOW, saved.created());
        assertEquals(List.of(saved.id()), notes.list(NoteFilter.on(notes.today()), 10).stream()
                .map(n -> n.id()).toList());
    }

    @Test
    void tagsAreNormalizedAndGoalsLinkedBySlug() {
        test.reviewSpeed();
        Note saved = notes.save(NoteDraft.of("Test plans", "").withTags(List.of("#Code-Review", "git", "GIT"))
                .withGoals(List.of("+review-speed")));

        assertEquals(List.of("Code-Review", "git"), saved.tags());
        assertEquals(List.of("review-speed"), saved.goals());
        assertEquals(List.of("Test plans"), notes.list(NoteFilter.goal("review-speed"), 10)
                .stream().map(n -> n.title()).toList());
    }

    @Test
    void anUnknownGoalIsAClearErrorAndNothingIsSaved() {
        NotFoundException error = assertThrows(NotFoundException.class,
                () -> notes.save(NoteDraft.of("Linked", "").withGoals(List.of("nope"))));

        assertTrue(error.getMessage().contains("\"nope\""), error.getMessage());
        assertTrue(notes.list(NoteFilter.all(), 10).isEmpty());
    }

    @Test
    void editingKeepsIdAndCreatedAndUnchangedSavesChangeNothing() {
        Note first = notes.save(NoteDraft.of("First", "body"));
        test.clock.advance(Duration.ofMinutes(5));
        Note again = notes.save(NoteDraft.from(first));
        Note edited = notes.save(new NoteDraft(first.id(), "First", "body", first.date(), NoteKind.MISTAKE,
                "incident 42", List.of(), List.of()));

        assertEquals(first, again);
        assertEquals(first.id(), edited.id());
        assertEquals(first.created(), edited.created());
        assertEquals(first.updated().plus(Duration.ofMinutes(5)), edited.updated());
        assertEquals(NoteKind.MISTAKE, edited.kind());
        assertEquals("incident 42", edited.context());
        assertEquals(1, notes.list(NoteFilter.all(), 10).size());
    }

    @Test
    void aDraftWithAnIdNotYetInTheJournalIsCreatedUnderThatId() {
        java.util.UUID id = java.util.UUID.randomUUID();
        NoteDraft draft = new NoteDraft(id, "Fresh", "", null, NoteKind.INSIGHT, "", List.of(), List.of());

        Note first = notes.save(draft);
        test.clock.advance(Duration.ofMinutes(5));
        Note again = notes.save(draft);

        assertEquals(id, first.id());
        assertEquals(first, again);
        assertEquals(1, notes.list(NoteFilter.all(), 10).size());
    }

    @Test
    void aNoteWithoutATitleTakesItsFirstLine() {
        Note saved = notes.save(NoteDraft.of("  ", "\n## Why deploys fail on Fridays\nmore text"));

        assertEquals("Why deploys fail on Fridays", saved.title());
    }

    @Test
    void badInputGetsAClearError() {
        assertThrows(InvalidInputException.class, () -> notes.save(NoteDraft.of(" ", " \n ")));
        assertThrows(InvalidInputException.class, () -> notes.save(NoteDraft.of("x".repeat(501), "")));
        assertThrows(InvalidInputException.class,
                () -> notes.save(NoteDraft.of("Tags", "").withTags(List.of("two words"))));
        assertTrue(notes.list(NoteFilter.all(), 10).isEmpty());
    }

    @Test
    void aMultiLineTitleBecomesOneLine() {
        assertEquals("one two", notes.save(NoteDraft.of("one\r\ntwo", "")).title());
    }

    @Test
    void shortIdsFindNotesAndExplainMisses() {
        Note saved = notes.save(NoteDraft.of("Findable", ""));

        assertEquals(saved, notes.findByShortId(saved.shortId()));
        assertEquals(saved, notes.findByShortId(saved.id().toString().toUpperCase()));
        assertThrows(NotFoundException.class, () -> notes.findByShortId("ffffffff"));
        assertThrows(InvalidInputException.class, () -> notes.findByShortId("../../etc/passwd"));
    }
}
