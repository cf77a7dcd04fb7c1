package org.learnlog.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs of consecutive days with at least one note. The current streak still counts on a day with no
 * note yet: it ends yesterday until today is over, so a morning without a note does not reset it.
 */
public record Streaks(int current, int longest) {

    public static Streaks of(Set<LocalDate> days, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(days)) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        LocalDate cursor = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (days.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }
        return new Streaks(current, longest);
    }
}
