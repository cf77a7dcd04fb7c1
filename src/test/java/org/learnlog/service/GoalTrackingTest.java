package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;

class GoalTrackingTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final GoalTracking tracking = test.tracking();

    @Test
    void aCheckInWithEvidenceIsKeptAndMovesTheProgress() {
        test.reviewSpeed();
        Note evidence = test.notes.save(NoteDraft.of("Test plans help", ""));

        CheckIn checkIn = tracking.checkIn("review-speed", 15, null, " smaller PRs ", List.of(evidence.id())).checkIn();

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
        assertThrows(InvalidInputException.class,
                () -> tracking.checkIn("review-speed", 12, LocalDate.of(2026, 11, 30), "", List.of()));
        assertEquals(List.of(), tracking.checkIns("review-speed"));
    }

    @Test
    void aCheckInCanBeCorrectedOrDeleted() {
        test.reviewSpeed();
        Note evidence = test.notes.save(NoteDraft.of("Pairing on reviews", ""));
        test.clock.advance(Duration.ofDays(2));
        CheckIn first = tracking.checkIn("review-speed", 18, null, "typo", List.of()).checkIn();

        CheckInResult edited = tracking.edit(first.id(), LocalDate.of(2026, 11, 30), 16, "fixed", List.of(evidence.id()));

        assertEquals(List.of(new CheckIn(first.id(), first.goalId(), LocalDate.of(2026, 11, 30), 16, "fixed",
                List.of(evidence.id()), first.created())), tracking.checkIns("review-speed"));
        assertEquals(0.4, edited.progress().progress(), 1e-9);
        assertThrows(InvalidInputException.class,
                () -> tracking.edit(first.id(), LocalDate.of(2026, 12, 5), 16, "", List.of()));

        tracking.delete(first.id());

        assertEquals(List.of(), tracking.checkIns("review-speed"));
        assertThrows(NotFoundException.class, () -> tracking.delete(first.id()));
        assertEquals(1, test.notes.list(NoteFilter.all(), 10).size(), "the evidence note stays");
    }

    @Test
    void onlyTheFirstCheckInToReachTheTargetAsksToMarkTheGoalAchieved() {
        test.reviewSpeed();

        assertFalse(tracking.checkIn("review-speed", 12, null, "", List.of()).reachedTarget());
        assertTrue(tracking.checkIn("review-speed", 10, null, "", List.of()).reachedTarget());
        assertFalse(tracking.checkIn("review-speed", 9, null, "", List.of()).reachedTarget());

        test.goals.setStatus("review-speed", GoalStatus.ACHIEVED);
        test.reviewSpeed();
        test.goals.setStatus("review-speed-2", GoalStatus.DROPPED);
        assertFalse(tracking.checkIn("review-speed-2", 8, null, "", List.of()).reachedTarget(), "not active");
    }
}
