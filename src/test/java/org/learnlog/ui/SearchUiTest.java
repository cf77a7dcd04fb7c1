package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Search as you type in the real window: results with the matches marked, and a result opened at its match. */
class SearchUiTest {
    private MainWindowFixture window;
    private FxRobot robot;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        window = new MainWindowFixture(null);
        robot = window.robot;
        window.services.notes().save(NoteDraft.of("Pin plugin versions", "Unpinned plugins broke CI after a rebase."));
        window.services.notes().save(NoteDraft.of("Rebase first", "Keeps the history linear."));
        window.services.notes().save(NoteDraft.of("Lunch", "Soup."));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void typingShowsMarkedResultsAndEnterOpensTheBestAtItsMatch() throws Exception {
        window.show();

        robot.push(KeyCode.CONTROL, KeyCode.K).write("rebase");

        ListView<SearchHit> results = robot.lookup("#searchResults").queryListView();
        assertEquals(List.of("Rebase first", "Pin plugin versions"),
                results.getItems().stream().map(hit -> hit.title().text()).toList());
        assertEquals("2 notes found.", robot.lookup("#searchSummary").queryLabeled().getText());
        assertEquals(List.of("Rebase", "rebase"), robot.lookup(".hit-match").queryAllAs(Text.class).stream()
                .map(Text::getText).toList().subList(0, 2));

        robot.push(KeyCode.DOWN).push(KeyCode.DOWN);

        TextArea body = robot.lookup("#bodyArea").query();
        assertEquals("Unpinned plugins broke CI after a rebase.", body.getText());
        assertEquals("rebase", body.getSelectedText());
    }

    @Test
    void aNewQueryMarksOnlyItsOwnMatches() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.K).write("rebase");
        robot.push(KeyCode.CONTROL, KeyCode.K).write("soup");

        assertEquals(List.of("Lunch"), robot.lookup("#searchResults").queryListView().getItems().stream()
                .map(hit -> ((SearchHit) hit).title().text()).toList());
        assertEquals(List.of("Soup"), robot.lookup("#searchResults .hit-match").queryAllAs(Text.class).stream()
                .map(Text::getText).filter(text -> !text.isEmpty()).toList());
    }

    @Test
    void theResultsAreLaidOutOnceTheWindowShowsWithoutShowingAnything() throws Exception {
        window.show();
        robot.interact(() -> window.mainWindow.shown());

        assertTrue(robot.lookup("#searchResults").queryListView().getItems().isEmpty());
        assertFalse(robot.lookup("#searchPane").query().isVisible());
        // The first search finds its cells made, styled and laid out, the bold font among them.
        assertFalse(robot.lookup("#searchResults .hit-match").queryAll().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.K).write("rebase");

        // The cells come back in another order than they are shown, so the marks are compared sorted.
        assertEquals(List.of("Rebase", "rebase"), robot.lookup("#searchResults .hit-match").queryAllAs(Text.class)
                .stream().map(Text::getText).filter(text -> !text.isEmpty()).sorted().toList());
    }

    @Test
    void escapeClearsTheSearchAndTheNotesComeBack() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.F).write("tag: soup");

        assertEquals("1 note found. Give tag: a name, e.g. tag:git.", robot.lookup("#searchSummary").queryLabeled().getText());
        robot.push(KeyCode.ESCAPE);

        assertEquals(false, robot.lookup("#searchPane").query().isVisible());
        assertEquals(3, robot.lookup("#noteList").queryListView().getItems().size());
    }
}
