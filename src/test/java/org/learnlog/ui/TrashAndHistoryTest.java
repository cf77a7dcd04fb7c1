package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.LineDiff;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The trash window restores deleted notes; the history window shows a version's changes and restores it. */
class TrashAndHistoryTest {
    @TempDir
    static Path folder;

    private MainWindowFixture window;
    private FxRobot robot;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openJournal() {
        window = new MainWindowFixture(folder);
        robot = window.robot;
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aNoteRestoredFromTheTrashWindowIsBackInTheList() throws Exception {
        Note note = window.services.notes().save(NoteDraft.of("Pin plugin versions", "Unpinned plugins broke CI."));
        window.services.trash().delete(List.of(note.id()));
        window.show();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trashList").tryQuery().isPresent());
        robot.clickOn("Pin plugin versions").clickOn("#restoreNotes");

        assertEquals("Restored 1 note.", robot.lookup("#trashStatus").queryLabeled().getText());
        assertEquals(0, robot.lookup("#trashList").queryListView().getItems().size());
        assertEquals(List.of("Pin plugin versions"), window.services.notes().list(NoteFilter.all(), 10).stream()
                .map(summary -> summary.title()).toList());
        ListView<?> notes = robot.lookup("#noteList").queryListView();
        assertEquals(1, notes.getItems().size());
    }

    @Test
    void theHistoryWindowShowsWhatChangedAndRestoresTheEarlierText() throws Exception {
        Note note = window.services.notes().save(NoteDraft.of("Squash fixups", "Use merge."));
        window.services.notes().save(new NoteDraft(note.id(), note.title(), "Use rebase -i.", note.date(), note.kind(),
                "", List.of(), List.of()));
        window.show();
        robot.clickOn("Squash fixups");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#changeList").tryQuery().map(list -> !((ListView<?>) list).getItems().isEmpty())
                        .orElse(false));
        List<?> changes = robot.lookup("#changeList").queryListView().getItems();
        assertEquals(new LineDiff.Line(LineDiff.Change.REMOVED, "Use merge."), changes.get(changes.size() - 2));
        assertEquals(new LineDiff.Line(LineDiff.Change.ADDED, "Use rebase -i."), changes.get(changes.size() - 1));

        robot.clickOn("#restoreVersion");

        assertEquals("Use merge.", window.services.notes().find(note.id()).orElseThrow().body());
        assertEquals("Use merge.", robot.lookup("#bodyArea").queryTextInputControl().getText());
        assertEquals(2, robot.lookup("#versionList").queryListView().getItems().size());
    }
}
