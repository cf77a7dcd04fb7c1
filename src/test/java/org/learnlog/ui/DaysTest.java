package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;

/** Days: a click on the heatmap lists that day's notes; the day before and after, and a month calendar. */
class DaysTest extends WindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Override
    void journal() {
        note("Friday: squash before merge", TODAY.minusDays(2));
        note("Sunday: bisect a flaky test", TODAY);
    }

    @Test
    void todayStepsToTheDayBeforeAndNotPastToday() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals(List.of("Sunday: bisect a flaky test"), titles());
        assertTrue(robot.lookup("#nextDay").queryButton().isDisabled(), "no day after today");

        robot.clickOn("#previousDay").clickOn("#previousDay");

        assertEquals("Showing only notes of 2026-11-27", robot.lookup("#filterText").queryLabeled().getText());
        assertEquals(List.of("Friday: squash before merge"), titles());
        robot.clickOn("#nextDay");
        assertEquals(List.of(), titles());
    }

    @Test
    void aClickOnTheHeatmapListsThatDaysNotes() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);

        robot.clickOn(robot.lookup(".heatmap-cell").match(cell -> TODAY.minusDays(2).equals(cell.getUserData()))
                .queryAs(Node.class));

        assertEquals(List.of("Friday: squash before merge"), titles());
        assertTrue(robot.lookup("#heatmap").query().isVisible(), "the heatmap stays, for the next day to pick");
    }

    @Test
    void theCalendarGoesToTheDayPicked() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        DatePicker picker = robot.lookup("#dayPicker").queryAs(DatePicker.class);

        robot.interact(() -> picker.setValue(TODAY.minusDays(2)));

        assertEquals(List.of("Friday: squash before merge"), titles());
    }

    private List<String> titles() {
        ListView<?> list = robot.lookup("#noteList").queryListView();
        return list.getItems().stream().map(item -> ((org.learnlog.model.NoteSummary) item).title()).toList();
    }

    private void note(String title, LocalDate day) {
        window.services.notes().save(new NoteDraft(null, title, "What happened.", day, NoteKind.INSIGHT, "", List.of(),
                List.of()));
    }
}
