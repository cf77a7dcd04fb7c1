package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalReport;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.Review;
import org.learnlog.model.ReviewDraft;
import org.learnlog.model.ReviewSchedule;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.ReviewRepository;

/** Goal reviews: which goals are due, what a review starts from, saving one, and a goal's whole story. */
public final class Reviews {
    static final int MAX_ANSWER = 10_000;

    private final Goals goals;
    private final GoalTracking tracking;
    private final Notes notes;
    private final ReviewRepository reviews;
    private final CheckInRepository checkIns;
    private final Clock clock;

    public Reviews(Goals goals, GoalTracking tracking, Notes notes, ReviewRepository reviews,
                   CheckInRepository checkIns, Clock clock) {
        this.goals = goals;
        this.tracking = tracking;
        this.notes = notes;
        this.reviews = reviews;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** Active goals whose review day has come, the longest overdue first. */
    public List<ReviewSchedule> due() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, LocalDate> last = reviews.lastReviewDays();
        return goals.all().stream().filter(goal -> goal.status() == GoalStatus.ACTIVE)
                .map(goal -> ReviewSchedule.of(goal, Optional.ofNullable(last.get(goal.id()))))
                .filter(schedule -> schedule.isDue(today))
                .sorted(Comparator.comparing(ReviewSchedule::nextDue).thenComparing(s -> s.goal().slug()))
                .toList();
    }

    /** The goal's progress, its last review, and the notes linked to it since that review. */
    public ReviewPage page(String slug) {
        Goal goal = goals.find(slug);
        List<Review> history = reviews.forGoal(goal.id());
        Optional<Review> last = history.stream().findFirst();
        List<NoteSummary> since = notes.list(NoteFilter.goal(goal.slug()), Notes.NO_LIMIT).stream()
                .filter(note -> last.map(review -> isAfter(note, review))
                        .orElse(!note.date().isBefore(goal.baselineDate())))
                .toList();
        return new ReviewPage(progress(goal), schedule(goal, history), last, since);
    }

    /** Saves the review, and the check-in when the draft has a value, in one transaction. */
    public ReviewResult save(String slug, ReviewDraft draft) {
        Goal goal = goals.find(slug);
        for (String answer : List.of(draft.moved(), draft.obstacles(), draft.nextTry())) {
            if (answer.length() > MAX_ANSWER) {
                throw new InvalidInputException("Keep each answer under 10,000 characters.");
            }
        }
        if (draft.value().isEmpty() && draft.moved().isEmpty() && draft.obstacles().isEmpty() && draft.nextTry().isEmpty()) {
            throw new InvalidInputException("Check in or answer at least one question to save a review.");
        }
        Optional<CheckIn> checkIn = draft.value().isPresent()
                ? Optional.of(tracking.make(goal, draft.value().getAsDouble(), null, "Review", List.of()))
                : Optional.empty();
        List<CheckIn> before = checkIns.forGoal(goal.id());
        Review review = new Review(UUID.randomUUID(), goal.id(), LocalDate.now(clock), checkIn.map(CheckIn::id),
                draft.moved(), draft.obstacles(), draft.nextTry(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        reviews.insert(review, checkIn);
        return new ReviewResult(review, checkIn.map(saved -> tracking.result(goal, before, saved)));
    }

    /** The goal with its progress, check-ins, evidence notes (newest first) and reviews. */
    public GoalReport report(String slug) {
        Goal goal = goals.find(slug);
        List<CheckIn> all = checkIns.forGoal(goal.id());
        List<Review> history = reviews.forGoal(goal.id());
        return new GoalReport(GoalProgress.of(goal, all, LocalDate.now(clock)), all,
                notes.list(NoteFilter.goal(goal.slug()), Notes.NO_LIMIT), history, schedule(goal, history));
    }

    private GoalProgress progress(Goal goal) {
        return GoalProgress.of(goal, checkIns.forGoal(goal.id()), LocalDate.now(clock));
    }

    private static ReviewSchedule schedule(Goal goal, List<Review> newestFirst) {
        return ReviewSchedule.of(goal, newestFirst.stream().findFirst().map(Review::date));
    }

    /** Dated after the review's day, or on that day but changed after the review was saved. */
    private static boolean isAfter(NoteSummary note, Review review) {
        return note.date().isAfter(review.date())
                || note.date().equals(review.date()) && note.updated().isAfter(review.created());
    }
}
