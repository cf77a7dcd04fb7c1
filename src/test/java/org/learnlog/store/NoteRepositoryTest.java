package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.TagCount;

class NoteRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:40:00.123Z");

    private final Database database = Database.inMemory();
    private final NoteRepository notes = new NoteRepository(database);
    private final GoalRepository goals = new GoalRepository(database);
    private final TagRepository tags = new TagRepository(database);

    @AfterEach
    void close() {
        database.close();
    }

    static Note note(String title, List<String> tags, List<String> goals) {
        return new Note(UUID.randomUUID(), title, "body of " + title, LocalDate.of(2026, 11, 20), NoteKind.HOW_TO,
                "pairing on billing", tags, goals, T0, T0, "");
    }

    static Goal goal(String slug) {
        return new Goal(UUID.randomUUID(), slug, "Faster reviews", "why", "median PR review turnaround", "h",
                Direction.LOWER_IS_BETTER, 20, LocalDate.of(2026, 10, 1), 10, LocalDate.of(2026, 12, 31),
                GoalStatus.ACTIVE, LocalDate.of(2026, 10, 1), Cadence.WEEKLY, T0);
    }

    @Test
    void savedNoteReadsBackWithEveryField() {
        goals.insert(goal("review-speed"));
        Note saved = note("Squash fixups", List.of("git", "review"), List.of("review-speed"));
        notes.save(saved);

        assertEquals(saved, notes.find(saved.id()).orElseThrow());
    }

    @Test
    void bodiesOnEitherSideOfTheInRowLimitReadBackAsSavedThroughEveryChange() {
        Note note = note("Sizes", List.of(), List.of());
        for (int length : new int[] {0, NoteRows.SHORT_BODY, NoteRows.SHORT_BODY + 1, 200_000, 1, NoteRows.SHORT_BODY - 1}) {
            Note sized = withBody(note, "é".repeat(length));
            notes.save(sized);

            assertEquals(sized, notes.find(note.id()).orElseThrow(), "a body of " + length + " characters");
            assertEquals(List.of(sized), notes.load(NoteFilter.all(), 10));
        }
        Note batched = withBody(note("Batched long", List.of(), List.of()), "x".repeat(NoteRows.SHORT_BODY + 10));
        notes.saveAll(List.of(batched));
        assertEquals(batched, notes.findAll(List.of(batched.id())).get(batched.id()));
    }

    private static Note withBody(Note note, String body) {
        return new Note(note.id(), note.title(), body, note.date(), note.kind(), note.context(), note.tags(),
                note.goals(), note.created(), note.updated(), note.source());
    }

    @Test
    void editingReplacesFieldsTagsAndGoals() {
        goals.insert(goal("review-speed"));
        Note first = note("First", List.of("git", "java"), List.of("review-speed"));
        notes.save(first);
        Note edited = new Note(first.id(), "Edited", "new body", first.date(), NoteKind.MISTAKE, "",
                List.of("java"), List.of(), first.created(), T0.plusSeconds(60), "imported/from/here.md");
        notes.save(edited);

        assertEquals(edited, notes.find(first.id()).orElseThrow());
        assertEquals(List.of(new TagCount("java", 1)), tags.inUse());
    }

    @Test
    void theListShowsEachNotesTagsInTheirOrderAndSpellingThroughEdits() {
        notes.save(note("Earlier", List.of("Zeta"), List.of()));
        Note note = note("Tagged", List.of("zeta", "Alpha", "mid"), List.of());
        notes.save(note);
        assertEquals(List.of("Alpha", "mid", "Zeta"), notes.list(NoteFilter.tag("mid"), 10).get(0).tags());

        notes.save(new Note(note.id(), note.title(), note.body(), note.date(), note.kind(), note.context(),
                List.of("beta"), List.of(), note.created(), T0.plusSeconds(60), note.source()));
        assertEquals(List.of("beta"), notes.list(NoteFilter.tag("beta"), 10).get(0).tags());
        assertEquals(List.of(), notes.list(NoteFilter.tag("alpha"), 10));
    }

    @Test
    void deleteMovesTheNoteOutOfTheJournalWithItsLinks() {
        goals.insert(goal("review-speed"));
        Note doomed = note("Doomed", List.of("git"), List.of("review-speed"));
        notes.save(doomed);
        NoteTrash trash = new NoteTrash(database, NoteChanges.NONE, Clock.systemUTC());

        assertEquals(List.of(doomed.id()), trash.delete(List.of(doomed.id()), UUID.randomUUID()));
        assertTrue(notes.find(doomed.id()).isEmpty());
        assertTrue(notes.list(NoteFilter.goal("review-speed"), 10).isEmpty());
        assertTrue(tags.inUse().isEmpty());
        assertEquals(List.of(), trash.delete(List.of(doomed.id()), UUID.randomUUID()));
    }

    @Test
    void tagsAreCaseInsensitiveAndKeepTheirFirstSpelling() {
        notes.save(note("One", List.of("Git"), List.of()));
        notes.save(note("Two", List.of("git"), List.of()));

        assertEquals(List.of(new TagCount("Git", 2)), tags.inUse());
        assertEquals(2, notes.list(NoteFilter.tag("GIT"), 10).size());
    }

    @Test
    void filtersByTagGoalAndDay() {
        goals.insert(goal("review-speed"));
        Note tagged = note("Tagged", List.of("git"), List.of());
        Note linked = note("Linked", List.of(), List.of("review-speed"));
        notes.save(tagged);
        notes.save(linked);

        assertEquals(List.of("Tagged"), titles(notes.list(NoteFilter.tag("git"), 10)));
        assertEquals(List.of("Linked"), titles(notes.list(NoteFilter.goal("review-speed"), 10)));
        assertEquals(2, notes.list(NoteFilter.on(LocalDate.of(2026, 11, 20)), 10).size());
        assertTrue(notes.list(NoteFilter.on(LocalDate.of(2026, 11, 21)), 10).isEmpty());
        assertEquals(1, notes.list(NoteFilter.all(), 1).size());
    }

    @Test
    void unicodeAndATenMegabyteBodyRoundTrip() {
        String unicode = "日本語 🧪 e\u0301 \u202Eright-to-left\u202C \u0000 \uD83D\uDC69\u200D\uD83D\uDCBB";
        String huge = "x".repeat(10 * 1024 * 1024 - unicode.length()) + unicode;
        Note note = new Note(UUID.randomUUID(), "Ünïcødé 🎉 \"quoted\"", huge, LocalDate.of(2026, 1, 2),
                NoteKind.INSIGHT, "ctx: 東京", List.of("emoji🎉", "日本"), List.of(), T0, T0, "");
        notes.save(note);

        Note back = notes.find(note.id()).orElseThrow();
        assertEquals(note.title(), back.title());
        assertEquals(huge.length(), back.body().length());
        assertEquals(huge, back.body());
        assertEquals(note.tags(), back.tags());
    }

    @Test
    void aFailedWriteLeavesNoPartialState() {
        Note tooLongTag = note("Half written", List.of("ok", "t".repeat(101)), List.of());

        assertThrows(StoreException.class, () -> notes.save(tooLongTag));
        assertTrue(notes.find(tooLongTag.id()).isEmpty());
        assertTrue(tags.inUse().isEmpty());
    }

    @Test
    void linkingAnUnknownGoalFailsWithoutSavingTheNote() {
        Note orphan = note("Orphan", List.of("git"), List.of("no-such-goal"));

        StoreException error = assertThrows(StoreException.class, () -> notes.save(orphan));
        assertTrue(error.getMessage().contains("no-such-goal"), error.getMessage());
        assertTrue(notes.find(orphan.id()).isEmpty());
    }

    @Test
    void shortIdsFindTheirNote() {
        Note saved = note("Short", List.of(), List.of());
        notes.save(saved);

        assertEquals(List.of(saved.id()), notes.idsStartingWith(saved.shortId(), 2));
        assertTrue(notes.idsStartingWith("%", 2).isEmpty());
    }

    /** Through the key's range, for ids starting with every hex digit: H2 orders ids as unsigned numbers. */
    @Test
    void shortIdsFindTheirNoteWhateverDigitTheyStartWith() {
        List<Note> saved = new ArrayList<>();
        for (char digit : "0123456789abcdef".toCharArray()) {
            UUID id = UUID.fromString(digit + "1234567-89ab-4def-8123-456789abcdef");
            Note note = note("Starts with " + digit, List.of(), List.of());
            saved.add(notes.save(new Note(id, note.title(), note.body(), note.date(), note.kind(), note.context(),
                    note.tags(), note.goals(), note.created(), note.updated(), note.source())));
        }

        for (Note note : saved) {
            String id = note.id().toString();
            assertEquals(List.of(note.id()), notes.idsStartingWith(id.substring(0, 8), 2), id);
            assertEquals(List.of(note.id()), notes.idsStartingWith(id.substring(0, 1), 2), id);
            assertEquals(List.of(note.id()), notes.idsStartingWith(id.substring(0, 11).toUpperCase(), 2), id);
            assertEquals(List.of(note.id()), notes.idsStartingWith(id, 2), id);
        }
        assertTrue(notes.idsStartingWith("", 5).isEmpty(), "an empty short id stands for no note");
        assertTrue(notes.idsStartingWith("1234567g", 2).isEmpty());
        assertTrue(notes.idsStartingWith("91234567-89ab-4def-8123-456789abcdef0", 2).isEmpty());
    }

    private static List<String> titles(List<NoteSummary> summaries) {
        return summaries.stream().map(NoteSummary::title).toList();
    }
}
