package org.learnlog.ui;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor saves unasked, and text that never reached the journal is offered back at the next start. */
class NeverLoseTextTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private JournalServices services;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        services.close();
    }

    @Test
    void leavingTheEditorSavesTheNoteWithoutCtrlS() throws Exception {
        show();
        robot.clickOn("#noteList").push(KeyCode.CONTROL, KeyCode.N);
        robot.write("Typed, then looked elsewhere");

        robot.clickOn("#searchField");

        List<Note> notes = services.notes().load(NoteFilter.all());
        assertEquals(1, notes.size());
        assertEquals("Typed, then looked elsewhere", notes.get(0).title());
        assertTrue(robot.lookup("#editorStatus").queryLabeled().getText().startsWith("Saved "));
    }

    @Test
    void textThatNeverReachedTheJournalIsOfferedBackAndRestored() throws Exception {
        services = JournalAssembly.open(dataDir, Clock.systemUTC());
        NoteDraft lost = new NoteDraft(UUID.randomUUID(), "Before the crash", "Three paragraphs I will not type again.",
                services.notes().today(), NoteKind.INSIGHT, "", List.of("ops"), List.of());
        services.drafts().keep(lost);
        MainWindow window = showOver(services);

        Platform.runLater(window::shown);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();

        Note restored = services.notes().find(lost.id()).orElseThrow();
        assertEquals("Three paragraphs I will not type again.", restored.body());
        assertEquals(List.of("ops"), restored.tags());
        assertEquals("Before the crash", robot.lookup("#titleField").queryTextInputControl().getText());
        try (var drafts = Files.list(dataDir.resolve("drafts"))) {
            assertEquals(0, drafts.count(), "a restored draft is removed");
        }
    }

    private MainWindow show() throws Exception {
        services = JournalAssembly.open(dataDir, Clock.systemUTC());
        return showOver(services);
    }

    private MainWindow showOver(JournalServices journal) throws Exception {
        journal.search().ensureCurrent(Progress.NONE);
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(stage -> {
            window[0] = new MainWindow(stage, journal, new SameThreadBackground(), (owner, title) -> Optional.empty(),
                    (owner, title) -> Optional.empty(), new NoFileActions());
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }
}
