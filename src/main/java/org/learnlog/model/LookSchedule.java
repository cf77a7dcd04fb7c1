package org.learnlog.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When a learning comes back for another look: 3 days after its day, then 7, 21, 60 and 180 days after
 * each look that found it still useful, and every 180 days from then on. Light spacing, not a drill:
 * the point is that learnings get used again.
 */
public final class LookSchedule {
    /** Days to the next look: after writing it, then after each look. */
    public static final List<Integer> DAYS = List.of(3, 7, 21, 60, 180);

    private LookSchedule() {
    }

    /** The first look at a learning written on {@code day}. */
    public static LocalDate firstLook(LocalDate day) {
        return day.plusDays(DAYS.get(0));
    }

    /** The look after the {@code looks}-th (1 for the first) that found it still useful, on {@code today}. */
    public static LocalDate nextLook(int looks, LocalDate today) {
        return today.plusDays(DAYS.get(Math.max(1, Math.min(looks, DAYS.size() - 1))));
    }
}
