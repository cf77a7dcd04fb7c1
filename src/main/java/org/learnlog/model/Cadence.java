package org.learnlog.model;

import java.time.LocalDate;

/** How often a goal asks to be reviewed. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY;

    /**
     * The {@code n}th review day after {@code anchor}. Counting from the anchor each time, not from
     * the previous slot, keeps a goal set on the 31st due on the last day of short months and back
     * on the 31st after them, instead of drifting to the 28th for good.
     */
    public LocalDate slot(LocalDate anchor, long n) {
        return switch (this) {
            case WEEKLY -> anchor.plusWeeks(n);
            case FORTNIGHTLY -> anchor.plusWeeks(2 * n);
            case MONTHLY -> anchor.plusMonths(n);
        };
    }
}
