package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.GoalReport;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.ReviewDraft;
import org.learnlog.model.ReviewSchedule;

class ReviewsTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final Reviews reviews = test.reviews();

    private void noteOn(String title, LocalDate day) {
        test.notes.save(new NoteDraft(null, title, "body", day, NoteKind.INSIGHT, "", List.of(), List.of("review-speed")));
    }

    @Test
    void aWeeklyGoalIsDueSevenDaysAfterItsBaselineAndAgainAWeekAfterItsReview() {
        test.reviewSpeed();
        assertEquals(List.of(), reviews.due());

        test.clock.advance(Duration.ofDays(7));
        List<ReviewSchedule> due = reviews.due();
        assertEquals(List.of("review-speed"), due.stream().map(s -> s.goal().slug()).toList());
        assertEquals(LocalDate.of(2026, 12, 6), due.get(0).nextDue());

        reviews.save("review-speed", new ReviewDraft(OptionalDouble.empty(), "pairing", "", ""));
        assertEquals(List.of(), reviews.due());
        test.clock.advance(Duration.ofDays(7));
        assertEquals(1, reviews.due().size());

        test.goals.setStatus("review-speed", GoalStatus.DROPPED);
        assertEquals(List.of(), reviews.due(), "only active goals are reviewed");
    }

    @Test
    void theReviewPageShowsTheNotesLinkedSinceTheLastReview() {
        test.reviewSpeed();
        noteOn("Before the goal", LocalDate.of(2026, 11, 1));
        noteOn("First week", LocalDate.of(2026, 11, 30));
        test.clock.advance(Duration.ofDays(7));
        assertEquals(List.of("First week"), titles(reviews.page("review-speed").notesSince()));

        reviews.save("review-speed", new ReviewDraft(OptionalDouble.of(17), "smaller PRs", "on call", "review first thing"));
        test.clock.advance(Duration.ofMinutes(5));
        noteOn("Same day, after the review", LocalDate.of(2026, 12, 6));
        noteOn("Next week", LocalDate.of(2026, 12, 8));

        ReviewPage page = reviews.page("review-speed");
        assertEquals(List.of("Next week", "Same day, after the review"), titles(page.notesSince()));
        assertEquals("review first thing", page.lastReview().orElseThrow().nextTry());
        assertEquals(17, page.progress().latestValue());
    }

    @Test
    void aReviewIsSavedWithItsCheckInAndItsNextStepLeadsTheGoal() {
        test.reviewSpeed();

        ReviewResult result = reviews.save("review-speed",
                new ReviewDraft(OptionalDouble.of(9), " tests first ", "", "keep reviews small"));

        GoalReport report = reviews.report("review-speed");
        assertEquals(List.of(result.review()), report.reviews());
        assertEquals(Optional.of(report.checkIns().get(0).id()), result.review().checkInId());
        assertEquals("tests first", result.review().moved());
        assertEquals(Optional.of("keep reviews small"), report.nextTry());
        assertTrue(result.checkIn().orElseThrow().reachedTarget());
        assertEquals(1.0, report.progress().progress());
    }

    @Test
    void anEmptyReviewOrABadValueSavesNothing() {
        test.reviewSpeed();

        assertThrows(InvalidInputException.class,
                () -> reviews.save("review-speed", new ReviewDraft(OptionalDouble.empty(), " ", "", "")));
        assertThrows(InvalidInputException.class,
                () -> reviews.save("review-speed", new ReviewDraft(OptionalDouble.of(Double.NaN), "x", "", "")));
        assertThrows(InvalidInputException.class,
                () -> reviews.save("review-speed", new ReviewDraft(OptionalDouble.empty(), "x".repeat(10_001), "", "")));
        assertThrows(NotFoundException.class,
                () -> reviews.save("nope", new ReviewDraft(OptionalDouble.empty(), "x", "", "")));

        GoalReport report = reviews.report("review-speed");
        assertEquals(List.of(), report.reviews());
        assertEquals(List.of(), report.checkIns());
    }

    private static List<String> titles(List<NoteSummary> notes) {
        return notes.stream().map(NoteSummary::title).toList();
    }
}
