package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Ctrl+Shift+P finds an action as you type and Enter runs it; F1 lists the shortcuts. */
class CommandPaletteTest extends WindowTest {

    @Test
    void typingNarrowsTheActionsAndEnterRunsTheChosenOne() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        Node palette = MainWindowFixture.windowWith("#paletteFilter");
        TextField filter = robot.from(palette).lookup("#paletteFilter").queryAs(TextField.class);
        ListView<?> list = robot.from(palette).lookup("#paletteList").queryListView();

        robot.interact(() -> filter.setText("file trash"));

        assertEquals(List.of("File › Trash…, Ctrl+Shift+T"), texts(list));
        robot.interact(filter::requestFocus);
        robot.push(KeyCode.ENTER);
        assertTrue(MainWindowFixture.windowWith("#trashList") != null, "the trash is open");
    }

    @Test
    void f1ListsEveryShortcut() throws Exception {
        robot.push(KeyCode.F1);
        Node palette = MainWindowFixture.windowWith("#paletteFilter");
        List<String> shortcuts = texts(robot.from(palette).lookup("#paletteList").queryListView());

        assertTrue(shortcuts.contains("File › New note, Ctrl+N"), shortcuts.toString());
        assertTrue(shortcuts.contains("Help › Command palette…, Ctrl+Shift+P"), shortcuts.toString());
        assertTrue(shortcuts.stream().allMatch(line -> line.contains(", ")), "only actions with a shortcut: " + shortcuts);
    }

    private static List<String> texts(ListView<?> list) {
        return list.getItems().stream().map(Object::toString).toList();
    }
}
