package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;

class GoalTrackingTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final GoalTracking tracking = test.tracking();

    @Test
    void aCheckInWithEvidenceIsKeptAndMovesTheProgress() {
        test.reviewSpeed();
        Note evidence = test.journal.save(NoteDraft.of("Test plans help", ""));

        CheckIn checkIn = tracking.checkIn("review-speed", 15, null, " smaller PRs ", List.of(evidence.id()));

        assertEquals(List.of(checkIn), tracking.checkIns("review-speed"));
        assertEquals("smaller PRs", checkIn.comment());
        assertEquals(LocalDate.of(2026, 11, 29), checkIn.date());
        assertEquals(0.5, tracking.progress("review-speed").progress(), 1e-9);
        assertEquals(1, tracking.all().size());
    }

    @Test
    void impossibleCheckInsAreRefusedAndNothingIsKept() {
        test.reviewSpeed();

        assertThrows(NotFoundException.class, () -> tracking.checkIn("nope", 1, null, "", List.of()));
        assertThrows(InvalidInputException.class, () -> tracking.checkIn("review-speed", Double.NaN, null, "", List.of()));
        assertThrows(InvalidInputException.class,
                () -> tracking.checkIn("review-speed", 12, LocalDate.of(2026, 1, 1), "", List.of()));
        assertThrows(NotFoundException.class,
                () -> tracking.checkIn("review-speed", 12, null, "", List.of(UUID.randomUUID())));
        assertEquals(List.of(), tracking.checkIns("review-speed"));
    }
}
