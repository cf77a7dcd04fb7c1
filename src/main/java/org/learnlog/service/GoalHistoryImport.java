package org.learnlog.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Review;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.ReviewRepository;

/**
 * Brings a goal's exported check-ins and reviews back, after the goals and notes they point to.
 * Idempotent: a check-in or review already here is left as it is.
 */
public final class GoalHistoryImport {
    private final GoalRepository goals;
    private final NoteRepository notes;
    private final CheckInRepository checkIns;
    private final ReviewRepository reviews;

    public GoalHistoryImport(GoalRepository goals, NoteRepository notes, CheckInRepository checkIns, ReviewRepository reviews) {
        this.goals = goals;
        this.notes = notes;
        this.checkIns = checkIns;
        this.reviews = reviews;
    }

    /** Evidence notes that are not in the journal (a partial export) are left out, and the entry says so. */
    Entry importCheckIn(CheckIn incoming) {
        if (goals.findById(incoming.goalId()).isEmpty()) {
            return new Entry("", Outcome.SKIPPED, "Its goal is not in the journal; import the goal's file too.");
        }
        List<UUID> evidence = incoming.evidence().stream().filter(id -> notes.find(id).isPresent()).toList();
        CheckIn kept = new CheckIn(incoming.id(), incoming.goalId(), incoming.date(), incoming.value(), incoming.comment(),
                evidence, incoming.created());
        Optional<CheckIn> existing = checkIns.find(incoming.id());
        if (existing.isPresent()) {
            return existing.get().equals(kept) ? new Entry("", Outcome.UNCHANGED, "")
                    : new Entry("", Outcome.SKIPPED, "The journal's copy of this check-in differs; it was kept.");
        }
        checkIns.insert(kept);
        int missing = incoming.evidence().size() - evidence.size();
        return new Entry("", Outcome.IMPORTED, missing == 0 ? ""
                : missing == 1 ? "1 evidence note is not in the journal and was left out."
                : missing + " evidence notes are not in the journal and were left out.");
    }

    Entry importReview(Review incoming) {
        if (goals.findById(incoming.goalId()).isEmpty()) {
            return new Entry("", Outcome.SKIPPED, "Its goal is not in the journal; import the goal's file too.");
        }
        Review kept = incoming.checkInId().filter(id -> checkIns.find(id).isEmpty()).isPresent()
                ? new Review(incoming.id(), incoming.goalId(), incoming.date(), Optional.empty(), incoming.moved(),
                        incoming.obstacles(), incoming.nextTry(), incoming.created())
                : incoming;
        Optional<Review> existing = reviews.find(incoming.id());
        if (existing.isPresent()) {
            return existing.get().equals(kept) ? new Entry("", Outcome.UNCHANGED, "")
                    : new Entry("", Outcome.SKIPPED, "The journal's copy of this review differs; it was kept.");
        }
        reviews.insert(kept, Optional.empty());
        return new Entry("", Outcome.IMPORTED, "");
    }
}
