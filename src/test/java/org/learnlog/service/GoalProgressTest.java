package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Cadence;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalStatus;

/** Progress toward a goal, whichever way is better, and whether it keeps pace with time. */
class GoalProgressTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 28);

    private static Goal goal(double baseline, double target) {
        return new Goal(UUID.randomUUID(), "g", "G", "", "m", "h",
                target < baseline ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, baseline, START, target, DUE,
                GoalStatus.ACTIVE, START, Cadence.WEEKLY, Instant.EPOCH);
    }

    private static CheckIn at(Goal goal, LocalDate day, double value) {
        return new CheckIn(UUID.randomUUID(), goal.id(), day, value, "", List.of(), Instant.EPOCH);
    }

    @Test
    void lowerIsBetterCountsTheWayDown() {
        Goal speed = goal(20, 10);

        GoalProgress progress = GoalProgress.of(speed, List.of(at(speed, START.plusDays(10), 14)), START.plusDays(20));

        assertEquals(0.6, progress.progress(), 1e-9);
        assertEquals(14, progress.latestValue());
        assertTrue(progress.onTrack());
    }

    @Test
    void progressIsClampedAndTheLatestCheckInCounts() {
        Goal reviews = goal(5, 15);

        assertEquals(1.0, GoalProgress.of(reviews, List.of(at(reviews, START.plusDays(1), 40)), START.plusDays(2)).progress());
        assertEquals(0.0, GoalProgress.of(reviews, List.of(at(reviews, START.plusDays(1), 1)), START.plusDays(2)).progress());
        assertEquals(0.5, GoalProgress.of(reviews, List.of(at(reviews, START.plusDays(9), 10), at(reviews, START.plusDays(1), 15)),
                START.plusDays(10)).progress(), 1e-9);
    }

    @Test
    void aGoalWithoutCheckInsShowsItsBaselineAndFallsBehindAsTimePasses() {
        Goal speed = goal(20, 10);

        GoalProgress early = GoalProgress.of(speed, List.of(), START.plusDays(20));
        GoalProgress late = GoalProgress.of(speed, List.of(), START.plusDays(200));

        assertEquals(20, early.latestValue());
        assertEquals(0, early.progress());
        assertTrue(early.onTrack(), "within the tolerance of " + GoalProgress.TOLERANCE);
        assertFalse(late.onTrack());
        assertEquals(131, late.daysLeft());
    }

    @Test
    void anOvershootIsAchievedAndStaysOnTrackPastTheDueDate() {
        Goal speed = goal(20, 10);

        GoalProgress progress = GoalProgress.of(speed, List.of(at(speed, START.plusDays(5), 6)), DUE.plusDays(30));

        assertEquals(1.0, progress.progress());
        assertTrue(progress.onTrack());
        assertEquals(-30, progress.daysLeft());
        assertTrue(speed.reachedBy(6));
        assertTrue(speed.reachedBy(10));
        assertFalse(speed.reachedBy(10.5));
        assertTrue(goal(5, 15).reachedBy(15));
        assertFalse(goal(5, 15).reachedBy(14.9));
    }
}
