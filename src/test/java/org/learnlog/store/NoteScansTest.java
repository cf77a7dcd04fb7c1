package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteSummary;

/** The plain scan that answers searches while the index is rebuilt, over bodies in the row and apart from it. */
class NoteScansTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:40:00Z");

    private final Database database = Database.inMemory();
    private final NoteRepository notes = new NoteRepository(database);
    private final NoteScans scans = new NoteScans(database);

    @AfterEach
    void close() {
        database.close();
    }

    private void note(String title, String body, int day) {
        notes.save(new Note(UUID.randomUUID(), title, body, LocalDate.of(2026, 11, day), NoteKind.INSIGHT, "", List.of(),
                List.of(), T0, T0, ""));
    }

    private List<String> scan(String... texts) {
        return scans.scan(List.of(texts), 10).stream().map(NoteSummary::title).toList();
    }

    @Test
    void findsEveryTextInTitlesAndInShortAndLongBodiesIgnoringCaseNewestFirst() {
        note("Rebase onto main", "Short body about Squash.", 1);
        note("Long one", "filler ".repeat(NoteRows.SHORT_BODY / 7 + 10) + "squash at the very end", 2);
        note("Unrelated", "Nothing here.", 3);

        assertEquals(List.of("Long one", "Rebase onto main"), scan("SQUASH"));
        assertEquals(List.of("Long one"), scan("squash", "very end"));
        assertEquals(List.of("Rebase onto main"), scan("rebase"));
    }

    @Test
    void likeWildcardsInTheTextAreMatchedLiterally() {
        note("Progress", "Done 100% of it", 1);
        note("Other", "Done 1000 of it", 2);

        assertEquals(List.of("Progress"), scan("100%"));
        assertEquals(List.of(), scan("_one"));
    }
}
