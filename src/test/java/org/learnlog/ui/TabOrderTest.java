package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.testfx.util.WaitForAsyncUtils;

/** Tab goes through the editor's fields in the order they are read, and no short text field catches it. */
class TabOrderTest extends WindowTest {

    @Override
    void journal() {
        window.services.notes().save(NoteDraft.of("Bisect", "git bisect run"));
    }

    @Test
    void tabGoesFromTheTitleThroughEveryFieldToTheTextAndShiftTabComesBack() {
        robot.clickOn("Bisect");
        robot.clickOn("#titleField");

        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.TAB);
            forward.add(focused());
        }
        assertEquals(List.of("kindBox", "datePicker", "contextField", "tagsField", "goalsBox", "bodyArea"), forward);
        assertEquals("", robot.lookup("#contextField").queryTextInputControl().getText(), "Tab typed nothing");

        List<String> back = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.SHIFT, KeyCode.TAB);
            back.add(focused());
        }
        assertEquals(List.of("goalsBox", "tagsField", "contextField"), back);
    }

    /** The id of the field with the keyboard, or of the nearest parent that has one (a date field's editor). */
    private String focused() {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = window.mainWindowStage().getScene().getFocusOwner();
        while (node != null && (node.getId() == null || node.getId().isEmpty())) {
            node = node.getParent();
        }
        return node == null ? "" : node.getId();
    }
}
