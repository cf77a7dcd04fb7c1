package org.learnlog.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes per day over the last year, for the learning heatmap: the weeks shown (Monday first, so
 * columns line up), each day's count and shade, and the streaks.
 */
public record Heatmap(LocalDate today, Map<LocalDate, Integer> counts, Streaks streaks, int busiest) {
    public static final int LEVELS = 4;

    public Heatmap {
        counts = Map.copyOf(counts);
    }

    public static Heatmap of(List<DayCount> days, LocalDate today) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        days.forEach(day -> counts.merge(day.day(), day.count(), Integer::sum));
        return new Heatmap(today, counts, Streaks.of(counts.keySet(), today),
                counts.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** The first day shown: the Monday of the week a year ago, so there are 53 full columns. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusWeeks(52).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate firstDay() {
        return firstDay(today);
    }

    public int count(LocalDate day) {
        return counts.getOrDefault(day, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** 0 for no note, else 1 to {@link #LEVELS} by the share of the busiest day, so one big day doesn't wash out the rest. */
    public int level(LocalDate day) {
        int count = count(day);
        if (count == 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil((double) LEVELS * count / busiest));
    }
}
