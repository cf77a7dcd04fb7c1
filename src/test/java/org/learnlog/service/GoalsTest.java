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
import org.learnlog.model.GoalCheck;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
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
    void anEditKeepsTheIdSlugBaselineDateStatusAndLinksAndIsCheckedAgainstTheBaselineDate() {
        Goal goal = test.reviewSpeed();
        Note linked = test.notes.save(NoteDraft.of("Small PRs", "").withGoals(List.of(goal.slug())));
        test.clock.advance(Duration.ofDays(3));

        Goal edited = test.goals.edit(goal.slug(), new GoalDraft("Faster reviews", "why", "turnaround", "h",
                Direction.LOWER_IS_BETTER, 18, 6, LocalDate.of(2026, 12, 1), null));

        assertEquals(goal.id(), edited.id());
        assertEquals("review-speed", edited.slug());
        assertEquals(goal.baselineDate(), edited.baselineDate());
        assertEquals(edited, test.goals.find("review-speed"));
        assertEquals(List.of(linked.id()), test.notes.load(NoteFilter.goal("review-speed")).stream()
                .map(Note::id).toList());
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> test.goals.edit(goal.slug(),
                new GoalDraft("Faster reviews", "", "turnaround", "h", Direction.LOWER_IS_BETTER, 18, 6,
                        goal.baselineDate(), null)));
        assertEquals("The due date must be after the baseline date, 2026-11-29.", early.getMessage());
        assertThrows(NotFoundException.class, () -> test.goals.edit("missing", new GoalDraft("X", "", "m", "",
                Direction.LOWER_IS_BETTER, 2, 1, LocalDate.of(2027, 1, 1), null)));
    }

    @Test
    void theCheckNamesTheFieldOfEachProblem() {
        var problems = GoalCheck.problems(new GoalDraft("", "", "", "h", Direction.HIGHER_IS_BETTER, Double.NaN, 5,
                null, null), LocalDate.of(2026, 11, 29));

        assertEquals(List.of(GoalCheck.Field.TITLE, GoalCheck.Field.METRIC, GoalCheck.Field.BASELINE,
                GoalCheck.Field.DUE), problems.stream().map(GoalCheck.Problem::field).toList());
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
