package org.learnlog.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a goal stands: its latest value (the baseline until the first check-in), the share of the way
 * from baseline to target (0 to 1, whichever way is better), and whether that keeps pace with time.
 */
public record GoalProgress(Goal goal, Optional<CheckIn> latest, double progress, double timeElapsed, long daysLeft,
                          boolean onTrack) {
    /**
     * On track means progress ≥ the share of time gone since the baseline date, less this much: a
     * goal a little behind a straight line is still fine, since real progress comes in steps.
     */
    public static final double TOLERANCE = 0.10;
    private static final Comparator<CheckIn> LATEST = Comparator.comparing(CheckIn::date).thenComparing(CheckIn::created);

    public static GoalProgress of(Goal goal, List<CheckIn> checkIns, LocalDate today) {
        // On a tie of day and time, the later in the list (the later saved) counts.
        Optional<CheckIn> latest = checkIns.stream().reduce((a, b) -> LATEST.compare(b, a) >= 0 ? b : a);
        double value = latest.map(CheckIn::value).orElse(goal.baseline());
        double progress = clamp((value - goal.baseline()) / (goal.target() - goal.baseline()));
        long total = Math.max(1, ChronoUnit.DAYS.between(goal.baselineDate(), goal.due()));
        double elapsed = clamp((double) ChronoUnit.DAYS.between(goal.baselineDate(), today) / total);
        return new GoalProgress(goal, latest, progress, elapsed, ChronoUnit.DAYS.between(today, goal.due()),
                progress >= 1 || progress >= elapsed - TOLERANCE);
    }

    public double latestValue() {
        return latest.map(CheckIn::value).orElse(goal.baseline());
    }

    private static double clamp(double share) {
        return Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
    }
}
