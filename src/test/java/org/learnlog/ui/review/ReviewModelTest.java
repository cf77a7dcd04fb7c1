package org.learnlog.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.service.TestJournal;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** The Review screen without a window: goals due, answers kept per goal, a saved review. */
class ReviewModelTest {
    private final TestJournal test = new TestJournal();
    private final JournalEvents events = new JournalEvents();
    private final List<JournalEvents.Change> told = new ArrayList<>();
    private final ReviewModel model = new ReviewModel(test.reviews(), test.goals, new SameThreadBackground(), events,
            Messages.load());

    ReviewModelTest() {
        events.listen(told::add);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void answersTypedForOneGoalAreKeptWhileAnotherIsOpen() {
        test.reviewSpeed();
        test.clock.advance(Duration.ofDays(8));
        model.load(null);
        model.movedProperty().set("smaller PRs");

        model.open("review-speed");

        assertEquals("review-speed", model.page().get().progress().goal().slug());
        assertEquals("smaller PRs", model.movedProperty().get(), "the same goal: nothing to swap");
    }

    @Test
    void aSavedReviewClearsTheAnswersAndTellsTheOtherScreens() {
        test.reviewSpeed();
        test.clock.advance(Duration.ofDays(8));
        model.load(null);
        model.valueProperty().set("15");
        model.nextTryProperty().set("review before lunch");

        model.save(result -> { });

        assertEquals("", model.nextTryProperty().get());
        assertNull(model.page().get(), "nothing is due any more");
        assertEquals(List.of(new JournalEvents.GoalsChanged()), told);
    }

    @Test
    void aValueThatIsNoNumberIsSaidAndNothingIsSaved() {
        test.reviewSpeed();
        test.clock.advance(Duration.ofDays(8));
        model.load(null);
        model.valueProperty().set("fifteen");

        model.save(result -> { });

        assertEquals("fifteen", model.valueProperty().get());
        assertEquals(List.of(), told);
        assertEquals(1, model.due().size());
    }
}
