package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.Resurfaced;

/** Older learnings linked to active goals come back at 3, 7, 21, 60 and 180 days, until outdated. */
class ResurfacingTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final LocalDate today = LocalDate.of(2026, 11, 29);

    @Test
    void aLearningLinkedToAnActiveGoalComesBackThreeDaysAfterItsDay() {
        Goal goal = test.reviewSpeed();
        note("Three days old", 3, goal.slug());
        note("Two days old", 2, goal.slug());
        note("Old but on no goal", 30);

        assertEquals(List.of("Three days old"), titles());
        assertEquals(List.of("Review speed"), test.notes.resurfacing().today().get(0).goals());
    }

    @Test
    void stillUsefulBringsItBackAtGrowingIntervalsAndOutdatedNeverAgain() {
        Goal goal = test.reviewSpeed();
        Note note = note("Bisect", 10, goal.slug());
        Resurfacing resurfacing = test.notes.resurfacing();

        assertEquals(today.plusDays(7), resurfacing.stillUseful(note.id()));
        assertEquals(List.of(), titles());
        days(6);
        assertEquals(List.of(), titles());
        days(1);
        assertEquals(List.of("Bisect"), titles());
        assertEquals(1, resurfacing.today().get(0).looks());
        assertEquals(today.plusDays(7 + 21), resurfacing.stillUseful(note.id()));
        days(21);
        assertEquals(today.plusDays(28 + 60), resurfacing.stillUseful(note.id()));
        days(60);
        assertEquals(today.plusDays(88 + 180), resurfacing.stillUseful(note.id()));
        days(180);
        assertEquals(today.plusDays(268 + 180), resurfacing.stillUseful(note.id()), "180 days from then on");

        days(180);
        resurfacing.outdated(note.id());
        days(1000);
        assertEquals(List.of(), titles());
    }

    @Test
    void atMostThreeComeBackTheLongestDueFirstAndOnlyForActiveGoals() {
        Goal active = test.reviewSpeed();
        for (int age = 3; age < 9; age++) {
            note("aged " + age, age, active.slug());
        }
        Goal done = test.goals.create(new org.learnlog.model.GoalDraft("Done goal", "", "count", "",
                org.learnlog.model.Direction.HIGHER_IS_BETTER, 0, 1, LocalDate.of(2026, 12, 31), null));
        note("on a finished goal", 100, done.slug());
        test.goals.setStatus(done.slug(), GoalStatus.ACHIEVED);

        assertEquals(List.of("aged 8", "aged 7", "aged 6"), titles());
    }

    @Test
    void aNoteThatIsNotThereCannotBeAnswered() {
        assertThrows(NotFoundException.class, () -> test.notes.resurfacing().stillUseful(UUID.randomUUID()));
        assertThrows(NotFoundException.class, () -> test.notes.resurfacing().outdated(UUID.randomUUID()));
    }

    private Note note(String title, int daysAgo, String... goals) {
        return test.notes.save(new NoteDraft(null, title, "", today.minusDays(daysAgo), NoteKind.INSIGHT, "", List.of(),
                List.of(goals)));
    }

    private List<String> titles() {
        return test.notes.resurfacing().today().stream().map(Resurfaced::note).map(n -> n.title()).toList();
    }

    private void days(int days) {
        test.clock.advance(Duration.ofDays(days));
    }
}
