package org.learnlog.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything known about one goal: its progress, check-ins (oldest first), evidence notes and
 * reviews (newest first). The goal detail shows it and the goal review export writes it.
 */
public record GoalReport(GoalProgress progress, List<CheckIn> checkIns, List<NoteSummary> evidence,
                         List<Review> reviews, ReviewSchedule schedule) {

    public GoalReport {
        checkIns = List.copyOf(checkIns);
        evidence = List.copyOf(evidence);
        reviews = List.copyOf(reviews);
    }

    public Goal goal() {
        return progress.goal();
    }

    public EvidenceSummary evidenceSummary() {
        return EvidenceSummary.of(goal(), checkIns, evidence);
    }

    /** The answer to "What will I try next?" of the latest review that gave one. */
    public Optional<String> nextTry() {
        return reviews.stream().map(Review::nextTry).filter(answer -> !answer.isBlank()).findFirst();
    }
}
