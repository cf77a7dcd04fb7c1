package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteSummary;

/** Keyset pages of the note list: in order, without duplicates or gaps, even while notes are added. */
class NotePagingTest {
    private final Database database = Database.inMemory();
    private final NoteRepository notes = new NoteRepository(database);
    private final Random random = new Random(11);

    @AfterEach
    void close() {
        database.close();
    }

    /** Many notes share a day and even an update time, so every part of the order is needed. */
    private Note note(int i, LocalDate day) {
        Instant updated = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(3));
        return new Note(UUID.randomUUID(), "Note " + i, "", day, NoteKind.INSIGHT, "", i % 2 == 0 ? List.of("even") : List.of(),
                List.of(), updated, updated, "");
    }

    @Test
    void pagesCoverEveryNoteOnceInOrderWhileNewNotesArrive() {
        Set<UUID> before = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Note note = note(i, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20)));
            notes.save(note);
            before.add(note.id());
        }
        List<NoteSummary> seen = new ArrayList<>();
        List<NoteSummary> page = notes.list(NoteFilter.all(), null, 64);
        int added = 0;
        while (!page.isEmpty()) {
            seen.addAll(page);
            // Someone writes new notes (dated today, at the top of the list) between two pages.
            notes.save(note(1_000 + added++, LocalDate.of(2026, 2, 1)));
            page = notes.list(NoteFilter.all(), page.get(page.size() - 1), 64);
        }

        assertEquals(before.size(), seen.size());
        assertEquals(before, new HashSet<>(seen.stream().map(NoteSummary::id).toList()));
        assertEquals(seen.stream().sorted(NotePagingTest::listOrder).map(NoteSummary::id).toList(),
                seen.stream().map(NoteSummary::id).toList(), "in the list's order");
    }

    @Test
    void aFilteredListPagesTheSameWay() {
        for (int i = 0; i < 300; i++) {
            notes.save(note(i, LocalDate.of(2026, 1, 1).plusDays(i % 7)));
        }
        Set<UUID> seen = new HashSet<>();
        List<NoteSummary> page = notes.list(NoteFilter.tag("even"), null, 50);
        while (!page.isEmpty()) {
            page.forEach(note -> seen.add(note.id()));
            page = notes.list(NoteFilter.tag("even"), page.get(page.size() - 1), 50);
        }

        assertEquals(150, seen.size());
    }

    private static int listOrder(NoteSummary a, NoteSummary b) {
        int byDay = b.date().compareTo(a.date());
        int byUpdate = b.updated().compareTo(a.updated());
        // The database orders ids as unsigned bytes, as their text does; UUID.compareTo compares signed longs.
        return byDay != 0 ? byDay : byUpdate != 0 ? byUpdate : a.id().toString().compareTo(b.id().toString());
    }
}
