package org.learnlog.service;

import java.util.List;
import java.util.Optional;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.Review;
import org.learnlog.model.ReviewSchedule;

/** What a review of one goal starts from: where it stands, the last review, and the notes linked since. */
public record ReviewPage(GoalProgress progress, ReviewSchedule schedule, Optional<Review> lastReview,
                         List<NoteSummary> notesSince) {
}
