package org.learnlog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When goals come due for review, across month ends and leap days. */
class ReviewScheduleTest {

    private static Goal goal(LocalDate baseline, Cadence cadence) {
        return new Goal(UUID.randomUUID(), "g", "G", "", "m", "h", Direction.HIGHER_IS_BETTER, 0, baseline, 10,
                baseline.plusYears(2), GoalStatus.ACTIVE, baseline, cadence, Instant.EPOCH);
    }

    private static LocalDate next(Goal goal, LocalDate lastReview) {
        return ReviewSchedule.of(goal, Optional.ofNullable(lastReview)).nextDue();
    }

    @Test
    void theFirstReviewIsOneCadenceAfterTheBaseline() {
        LocalDate start = LocalDate.of(2026, 3, 2);
        assertEquals(LocalDate.of(2026, 3, 9), next(goal(start, Cadence.WEEKLY), null));
        assertEquals(LocalDate.of(2026, 3, 16), next(goal(start, Cadence.FORTNIGHTLY), null));
        assertEquals(LocalDate.of(2026, 4, 2), next(goal(start, Cadence.MONTHLY), null));
    }

    @Test
    void aMonthlyGoalSetOnThe31stFallsOnMonthEndsWithoutDrifting() {
        Goal goal = goal(LocalDate.of(2027, 1, 31), Cadence.MONTHLY);

        assertEquals(LocalDate.of(2027, 2, 28), next(goal, null));
        assertEquals(LocalDate.of(2027, 3, 31), next(goal, LocalDate.of(2027, 2, 28)));
        assertEquals(LocalDate.of(2027, 4, 30), next(goal, LocalDate.of(2027, 3, 31)));
        assertEquals(LocalDate.of(2027, 5, 31), next(goal, LocalDate.of(2027, 4, 30)));
    }

    @Test
    void leapDaysCountInLeapYearsOnly() {
        Goal monthly = goal(LocalDate.of(2028, 1, 29), Cadence.MONTHLY);
        assertEquals(LocalDate.of(2028, 2, 29), next(monthly, null));
        assertEquals(LocalDate.of(2028, 3, 29), next(monthly, LocalDate.of(2028, 2, 29)));

        Goal weekly = goal(LocalDate.of(2028, 2, 22), Cadence.WEEKLY);
        assertEquals(LocalDate.of(2028, 2, 29), next(weekly, null));
        assertEquals(LocalDate.of(2028, 3, 7), next(weekly, LocalDate.of(2028, 2, 29)));

        Goal notLeap = goal(LocalDate.of(2027, 1, 29), Cadence.MONTHLY);
        assertEquals(LocalDate.of(2027, 2, 28), next(notLeap, null));
    }

    @Test
    void anEarlyOrLateReviewMovesOnToTheFollowingSlot() {
        Goal goal = goal(LocalDate.of(2026, 1, 5), Cadence.FORTNIGHTLY);

        assertEquals(LocalDate.of(2026, 1, 19), next(goal, LocalDate.of(2026, 1, 16)));
        assertEquals(LocalDate.of(2026, 2, 2), next(goal, LocalDate.of(2026, 1, 19)));
        assertEquals(LocalDate.of(2026, 3, 30), next(goal, LocalDate.of(2026, 3, 20)));
    }

    @Test
    void dueWhenTheDayHasComeAndOnlyForActiveGoals() {
        Goal goal = goal(LocalDate.of(2026, 1, 5), Cadence.WEEKLY);
        ReviewSchedule schedule = ReviewSchedule.of(goal, Optional.empty());

        assertFalse(schedule.isDue(LocalDate.of(2026, 1, 11)));
        assertTrue(schedule.isDue(LocalDate.of(2026, 1, 12)));
        assertTrue(schedule.isDue(LocalDate.of(2026, 3, 1)));
        assertFalse(ReviewSchedule.of(goal.withStatus(GoalStatus.ACHIEVED, LocalDate.of(2026, 1, 9)), Optional.empty())
                .isDue(LocalDate.of(2026, 3, 1)));
    }
}
