package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.testfx.util.WaitForAsyncUtils;

/** The sidebar's tags: nested ones under their parent, and Rename tag… that renames, or merges after asking. */
class TagSidebarTest extends WindowTest {
    @Override
    void journal() {
        note("Thread pools", "java", "java/concurrency");
        note("Records", "java");
        note("Coroutines", "kotlin");
    }

    @Test
    void nestedTagsAreShownUnderTheirParent() {
        TreeItem<?> java = item(window.sidebarRow("java  2"));

        assertEquals(List.of("concurrency  1"), java.getChildren().stream().map(child -> child.getValue().toString()).toList());
    }

    @Test
    void renamingATagFromItsMenuRenamesItInEveryNote() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.clickOn("Records");
        openRename("java  2");
        robot.interact(() -> robot.lookup("#tagNewName").queryTextInputControl().setText("jvm"));
        robot.push(KeyCode.ENTER);

        assertEquals("Renamed java to jvm in 2 notes.", robot.lookup("#statusLabel").queryLabeled().getText());
        assertEquals(2, window.services.notes().list(NoteFilter.tag("jvm"), 10).size());
        assertEquals("jvm", robot.lookup("#tagsField").queryTextInputControl().getText(),
                "the open note shows its new tag, so a later edit can't bring the old one back");
        assertEquals(List.of("concurrency  1"), item(window.sidebarRow("jvm  2")).getChildren().stream()
                .map(child -> child.getValue().toString()).toList());
    }

    @Test
    void renamingIntoATagThatIsThereAsksBeforeMerging() {
        openRename("kotlin  1");
        robot.interact(() -> robot.lookup("#tagNewName").queryTextInputControl().setText("java"));
        robot.push(KeyCode.ENTER);
        robot.clickOn("#confirmTagMerge");

        assertEquals("Merged kotlin into java in 1 note.", robot.lookup("#statusLabel").queryLabeled().getText());
        assertTrue(window.services.notes().list(NoteFilter.tag("kotlin"), 10).isEmpty());
        assertEquals(3, window.services.notes().list(NoteFilter.tag("java"), 10).size());
    }

    /** Selects the row and opens the sidebar's menu on it, as a right click does; Rename tag… is its item. */
    private void openRename(String row) {
        robot.clickOn(window.sidebarRow(row));
        ContextMenu menu = robot.lookup("#sidebar").queryAs(TreeView.class).getContextMenu();
        robot.interact(() -> menu.show(window.mainWindowStage()));
        MenuItem rename = menu.getItems().get(0);
        assertEquals("Rename tag…", rename.getText());
        assertFalse(rename.isDisable());
        robot.interact(menu::hide);
        // Later, not inside interact: the action waits in its dialog until the test answers it.
        Platform.runLater(rename::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void note(String title, String... tags) {
        window.services.notes().save(NoteDraft.of(title, "About " + title).withTags(List.of(tags)));
    }

    private static TreeItem<?> item(Object row) {
        return ((TreeCell<?>) row).getTreeItem();
    }
}
