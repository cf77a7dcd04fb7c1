package org.learnlog.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a goal is next due for review. Review days fall on the goal's cadence counted from its baseline
 * date; the next one is the first such day after the last review (or after the baseline, before any
 * review). A review done early or late moves the goal on to the following slot.
 */
public record ReviewSchedule(Goal goal, Optional<LocalDate> lastReview, LocalDate nextDue) {

    public static ReviewSchedule of(Goal goal, Optional<LocalDate> lastReview) {
        LocalDate anchor = goal.baselineDate();
        LocalDate after = lastReview.filter(day -> day.isAfter(anchor)).orElse(anchor);
        long n = Math.max(1, estimate(goal.cadence(), anchor, after));
        while (!goal.cadence().slot(anchor, n).isAfter(after)) {
            n++;
        }
        while (n > 1 && goal.cadence().slot(anchor, n - 1).isAfter(after)) {
            n--;
        }
        return new ReviewSchedule(goal, lastReview, goal.cadence().slot(anchor, n));
    }

    /** Due when the goal is active and its review day has come. */
    public boolean isDue(LocalDate today) {
        return goal.status() == GoalStatus.ACTIVE && !today.isBefore(nextDue);
    }

    private static long estimate(Cadence cadence, LocalDate anchor, LocalDate after) {
        return switch (cadence) {
            case WEEKLY -> ChronoUnit.WEEKS.between(anchor, after);
            case FORTNIGHTLY -> ChronoUnit.WEEKS.between(anchor, after) / 2;
            case MONTHLY -> ChronoUnit.MONTHS.between(anchor, after);
        };
    }
}
