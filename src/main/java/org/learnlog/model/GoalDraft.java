package org.learnlog.model;

import java.time.LocalDate;

/** A goal as the user entered it; the goals service checks it and gives it an id and a slug. */
public record GoalDraft(String title, String why, String metric, String unit, Direction direction,
                        double baseline, double target, LocalDate due, Cadence cadence) {

    public GoalDraft {
        title = title == null ? "" : title.strip();
        why = why == null ? "" : why.strip();
        metric = metric == null ? "" : metric.strip();
        unit = unit == null ? "" : unit.strip();
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        cadence = cadence == null ? Cadence.WEEKLY : cadence;
    }
}
