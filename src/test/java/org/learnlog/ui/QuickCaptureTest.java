package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;

/** Ctrl+Shift+N: one line with #tags, +goal and !kind, saved on Enter; Escape keeps what was typed. */
class QuickCaptureTest extends WindowTest {
    @Override
    void journal() {
        window.services.goals().create(new GoalDraft("Review speed", "Unblock teammates sooner", "median PR review turnaround",
                "h", Direction.LOWER_IS_BETTER, 20, 10, java.time.LocalDate.of(2027, 3, 31), Cadence.WEEKLY));
    }

    @Test
    void aLineIsSavedOnEnterWithItsTagsGoalAndKindAndTheWindowIsGone() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Node capture = MainWindowFixture.windowWith("#captureLine");
        TextField line = robot.from(capture).lookup("#captureLine").queryAs(TextField.class);

        robot.interact(() -> line.setText("Bisect a flaky test #git +review-speed !how-to"));
        assertEquals("Bisect a flaky test · #git · +review-speed · how-to",
                robot.from(capture).lookup("#captureSaid").queryAs(Label.class).getText());
        robot.interact(line::requestFocus);
        robot.push(KeyCode.ENTER);

        Note note = window.services.notes().load(NoteFilter.tag("git")).get(0);
        assertEquals("Bisect a flaky test", note.title());
        assertEquals(List.of("review-speed"), note.goals());
        assertEquals(NoteKind.HOW_TO, note.kind());
        assertFalse(capture.getScene().getWindow().isShowing(), "gone once saved");
        assertEquals("Captured “Bisect a flaky test”.", robot.lookup("#statusLabel").queryLabeled().getText());
    }

    @Test
    void todayAsksTheDaysQuestionsUntilSomethingIsWritten() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertTrue(robot.lookup("#emptyList").queryLabeled().getText().startsWith("What did I learn today?"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertTrue(robot.lookup("#emptyList").queryLabeled().getText().startsWith("No notes here yet."));
    }

    @Test
    void escapeClosesItAndTheLineIsThereNextTime() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Node capture = MainWindowFixture.windowWith("#captureLine");
        TextField line = robot.from(capture).lookup("#captureLine").queryAs(TextField.class);
        robot.interact(() -> line.setText("Half a thought #git"));

        robot.interact(line::requestFocus);
        robot.push(KeyCode.ESCAPE);
        assertFalse(capture.getScene().getWindow().isShowing());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);

        assertEquals("Half a thought #git", robot.from(MainWindowFixture.windowWith("#captureLine")).lookup("#captureLine").queryAs(TextField.class).getText());
        assertTrue(window.services.notes().load(NoteFilter.all()).isEmpty(), "nothing saved by Escape");
    }

    @Test
    void aGoalThatIsNotThereIsSaidAndTheLineStays() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Node capture = MainWindowFixture.windowWith("#captureLine");
        TextField line = robot.from(capture).lookup("#captureLine").queryAs(TextField.class);

        robot.interact(() -> line.setText("Something +no-such-goal"));
        robot.interact(line::requestFocus);
        robot.push(KeyCode.ENTER);

        assertTrue(capture.getScene().getWindow().isShowing(), "still open");
        assertEquals("Something +no-such-goal", line.getText());
        assertTrue(robot.from(capture).lookup("#captureSaid").queryAs(Label.class).getText().contains("no-such-goal"));
    }
}
