package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.testfx.util.WaitForAsyncUtils;

/** Today brings back older learnings linked to active goals: still useful, outdated, or made an aid. */
class ResurfaceUiTest extends WindowTest {
    @Override
    void journal() {
        Goal goal = window.services.goals().create(new GoalDraft("Review speed", "", "turnaround", "h",
                Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2027, 6, 30), null));
        LocalDate today = LocalDate.of(2026, 11, 29);
        int daysAgo = 10;
        for (String title : List.of("Bisect a flaky test", "Stale hint")) {
            window.services.notes().save(new NoteDraft(null, title, "- " + title.toLowerCase(), today.minusDays(daysAgo--),
                    NoteKind.HOW_TO, "", List.of(), List.of(goal.slug())));
        }
        window.services.notes().save(NoteDraft.of("Unlinked and old", ""));
    }

    @Test
    void todayShowsThemAndEachAnswerSendsOneAway() throws Exception {
        robot.clickOn(window.sidebarRow("Today"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resurface").query().isVisible());
        assertEquals(List.of("Bisect a flaky test", "Stale hint"), titles());

        press(button("Still useful", "Bisect a flaky test"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> titles().equals(List.of("Stale hint")));
        assertEquals("“Bisect a flaky test” comes back on 2026-12-06.", robot.lookup("#statusLabel").queryLabeled().getText());

        robot.clickOn(robot.lookup("#resurface .hyperlink").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Stale hint".equals(
                robot.lookup("#titleField").queryAs(TextInputControl.class).getText()));

        press(button("Outdated", "Stale hint"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#resurface").query().isVisible());
        assertEquals(List.of(), window.services.notes().resurfacing().today());
    }

    @Test
    void makeAidOpensTheAidMakerOnThatLearningOnlyAndItComesBackLater() throws Exception {
        robot.clickOn(window.sidebarRow("Today"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resurface").query().isVisible());

        press(button("Make aid…", "Stale hint"));

        Node editor = MainWindowFixture.windowWith("#aidTitle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(editor).lookup("#aidBody")
                .queryAs(TextInputControl.class).getText().contains("stale hint"));
        assertFalse(robot.from(editor).lookup("#aidBody").queryAs(TextInputControl.class).getText()
                .contains("bisect"), "an aid of that one note");
        assertEquals(List.of("Bisect a flaky test"), window.services.notes().resurfacing().today().stream()
                .map(one -> one.note().title()).toList(), "made into an aid, it leaves today's list");
    }

    /** From the keyboard: every answer can be given without a mouse. */
    private void press(Button button) {
        robot.interact(button::requestFocus);
        robot.push(KeyCode.SPACE);
    }

    private List<String> titles() {
        return robot.lookup("#resurface .hyperlink").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList();
    }

    private Button button(String text, String title) {
        return robot.lookup("#resurface .button").match((Button b) -> (text + ": " + title).equals(b.getAccessibleText()))
                .queryAs(Button.class);
    }
}
