package org.learnlog.ui.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.GoalStatus;
import org.learnlog.service.CheckInResult;
import org.learnlog.service.TestJournal;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** A goal's page without a window: its report, check-ins that change it, and the events they send. */
class GoalDetailModelTest {
    private final TestJournal test = new TestJournal();
    private final JournalEvents events = new JournalEvents();
    private final List<JournalEvents.Change> told = new ArrayList<>();
    private final GoalDetailModel model = new GoalDetailModel(new GoalDetailModel.Sources(test.reviews(), test.tracking(),
            test.goals, test.reviewExport(), test.notes, test.sharing()), new SameThreadBackground(), events, Messages.load());

    GoalDetailModelTest() {
        events.listen(told::add);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aCheckInShowsOnThePageAndTellsTheOtherScreens() {
        test.reviewSpeed();
        model.load("review-speed");

        model.checkIn(new CheckInForm(LocalDate.of(2026, 11, 29), 14, "smaller PRs", List.of()), result -> { });

        assertEquals(1, model.report().get().checkIns().size());
        assertEquals("Check-in saved.", model.message().get());
        assertEquals(List.of(new JournalEvents.GoalsChanged()), told);
    }

    @Test
    void theFirstCheckInToReachTheTargetIsTold() {
        test.reviewSpeed();
        model.load("review-speed");
        List<CheckInResult> reached = new ArrayList<>();

        model.checkIn(new CheckInForm(LocalDate.of(2026, 11, 29), 9, "", List.of()), reached::add);
        model.setStatus(GoalStatus.ACHIEVED);

        assertEquals(1, reached.size());
        assertEquals(GoalStatus.ACHIEVED, model.report().get().goal().status());
    }

    @Test
    void aBadCheckInKeepsThePageAndSaysWhy() {
        test.reviewSpeed();
        model.load("review-speed");

        model.checkIn(new CheckInForm(LocalDate.of(2027, 1, 1), 14, "", List.of()), result -> { });

        assertTrue(model.message().get().contains("future"), model.message().get());
        assertEquals(0, model.report().get().checkIns().size());
        assertEquals(List.of(), told);
    }
}
