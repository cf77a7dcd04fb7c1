package org.learnlog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A performance goal the worker set themselves: a metric moved from a baseline toward a target by a
 * due date. Check-ins record the metric over time against these numbers.
 */
public record Goal(UUID id, String slug, String title, String why, String metric, String unit,
                   Direction direction, double baseline, LocalDate baselineDate, double target, LocalDate due,
                   GoalStatus status, LocalDate statusChanged, Cadence cadence, Instant created) {

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(baselineDate, "baselineDate");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(created, "created");
        why = why == null ? "" : why;
        metric = metric == null ? "" : metric;
        unit = unit == null ? "" : unit;
    }

    /** Whether {@code value} is at or beyond the target, in the goal's direction. */
    public boolean reachedBy(double value) {
        return direction == Direction.HIGHER_IS_BETTER ? value >= target : value <= target;
    }

    public Goal withStatus(GoalStatus newStatus, LocalDate changed) {
        return new Goal(id, slug, title, why, metric, unit, direction, baseline, baselineDate, target, due,
                newStatus, changed, cadence, created);
    }
}
