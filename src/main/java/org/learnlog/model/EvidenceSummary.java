package org.learnlog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The evidence at a glance: how many linked notes are dated after the last check-in (after the
 * baseline date before any check-in), and the newest note's day.
 */
public record EvidenceSummary(int notesSinceLastCheckIn, Optional<LocalDate> lastNote) {

    /** {@code evidence} newest first, as the goal's note list shows it. */
    public static EvidenceSummary of(Goal goal, List<CheckIn> checkIns, List<NoteSummary> evidence) {
        LocalDate since = checkIns.stream().map(CheckIn::date).max(LocalDate::compareTo)
                .orElse(goal.baselineDate().minusDays(1));
        int count = (int) evidence.stream().filter(note -> note.date().isAfter(since)).count();
        return new EvidenceSummary(count, evidence.stream().map(NoteSummary::date).max(LocalDate::compareTo));
    }
}
