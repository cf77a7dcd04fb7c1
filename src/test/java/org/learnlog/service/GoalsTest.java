package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;

class GoalsTest {
    @AutoClose
    private final TestJournal test = new TestJournal();


    @Test
    void aNewGoalIsActiveWithItsBaselineMeasuredToday() {
        Goal goal = test.reviewSpeed();

        assertEquals("review-speed", goal.slug());
        assertEquals(GoalStatus.ACTIVE, goal.status());
        assertEquals(LocalDate.of(2026, 11, 29), goal.baselineDate());
        assertEquals(List.of(goal), test.goals.all());
        assertEquals(goal, test.goals.find("+review-speed"));
    }

    @Test
    void slugsStayUnique() {
        test.reviewSpeed();

        assertEquals("review-speed-2", test.reviewSpeed().slug());
    }

    @Test
    void impossibleGoalsAreRefusedWithAReason() {
        LocalDate later = LocalDate.of(2027, 3, 31);
        assertThrows(InvalidInputException.class, () -> test.goals.create(
                new GoalDraft("", "", "metric", "h", Direction.LOWER_IS_BETTER, 20, 10, later, null)));
        assertThrows(InvalidInputException.class, () -> test.goals.create(
                new GoalDraft("Same", "", "metric", "h", Direction.LOWER_IS_BETTER, 10, 10, later, null)));
        assertThrows(InvalidInputException.class, () -> test.goals.create(
                new GoalDraft("Past", "", "metric", "h", Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2026, 1, 1), null)));
        InvalidInputException wrongWay = assertThrows(InvalidInputException.class, () -> test.goals.create(
                new GoalDraft("Wrong way", "", "metric", "h", Direction.LOWER_IS_BETTER, 10, 20, later, null)));
        assertEquals("Lower is better, so the target must be below the baseline. Swap them, or choose higher is better.",
                wrongWay.getMessage());
        assertThrows(NotFoundException.class, () -> test.goals.find("missing"));
        assertEquals(List.of(), test.goals.all());
    }

    @Test
    void aStatusChangeIsDatedAndKept() {
        test.reviewSpeed();
        test.clock.advance(Duration.ofDays(3));

        Goal achieved = test.goals.setStatus("review-speed", GoalStatus.ACHIEVED);

        assertEquals(GoalStatus.ACHIEVED, test.goals.find("review-speed").status());
        assertEquals(LocalDate.of(2026, 12, 2), test.goals.find("review-speed").statusChanged());
        assertEquals(achieved, test.goals.find("review-speed"));
        assertEquals(GoalStatus.ACTIVE, test.goals.setStatus("review-speed", GoalStatus.ACTIVE).status());
    }

    @Test
    void deletingAGoalKeepsItsNotesAndUnlinksThem() {
        test.reviewSpeed();
        Note note = test.notes.save(new NoteDraft(null, "Smaller PRs", "body", LocalDate.of(2026, 11, 29),
                NoteKind.INSIGHT, "", List.of(), List.of("review-speed")));
        test.tracking().checkIn("review-speed", 15, null, "", List.of(note.id()));

        assertEquals(1, test.goals.linkedNotes("review-speed"));
        test.goals.delete("review-speed");

        assertEquals(List.of(), test.goals.all());
        assertEquals(List.of(), test.notes.find(note.id()).orElseThrow().goals());
        assertThrows(NotFoundException.class, () -> test.goals.delete("review-speed"));
    }
}
