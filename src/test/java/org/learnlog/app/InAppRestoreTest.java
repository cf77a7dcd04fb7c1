package org.learnlog.app;


import org.learnlog.app.wiring.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.JournalKey;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.Backup;
import org.learnlog.service.Backups;
import org.learnlog.service.Restores;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import org.learnlog.ui.ExecutorBackground;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Windows;
import org.learnlog.ui.NoFileActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Backups: a backup taken in the window, then restored from it. The note on screen is saved
 * first, so the journal kept aside holds it; the window then shows the journal as the backup had it.
 */
class InAppRestoreTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path kept;

    private final FxRobot robot = new FxRobot();
    private final AppExecutors executors = new AppExecutors();
    private final WindowOwnership ownership = new WindowOwnership();
    private volatile JournalServices services;
    private volatile String said;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        ownership.close();
        executors.shutdown();
        services.close();
    }

    @Test
    void aBackupTakenAndRestoredInTheWindowBringsBackTheJournalAndKeepsTheOneItReplaced() throws Exception {
        services = JournalAssembly.open(dataDir, Clock.systemUTC());
        services.notes().save(NoteDraft.of("In the backup", ""));
        showWindow();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        robot.clickOn("#backUpNow");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows().getItems().size() == 1);
        assertEquals("Backed up the journal (1 note).", robot.lookup("#backupStatus").queryLabeled().getText());
        robot.push(KeyCode.ESCAPE);
        robot.clickOn("#noteList").push(KeyCode.CONTROL, KeyCode.N).write("Typed after the backup");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows().getItems().size() == 1);
        robot.clickOn("#backupList .list-cell").clickOn("#restoreBackup").clickOn("#confirmRestore");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> said != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("In the backup"), titles(services.notes().list(NoteFilter.all(), 10)));
        ListView<NoteSummary> list = robot.lookup("#noteList").queryListView();
        assertEquals(List.of("In the backup"), titles(list.getItems()));
        assertTrue(said.startsWith("Restored learnlog-"), said);
        Path aside = Path.of(said.substring(said.indexOf("Kept in ") + 8, said.length() - 1));
        assertTrue(Files.size(aside) > 0, "the journal as it was is kept: " + aside);
        try (JournalServices kept = keptAside(aside)) {
            assertEquals(List.of("In the backup", "Typed after the backup"),
                    titles(kept.notes().list(NoteFilter.all(), 10)).stream().sorted().toList());
        }
    }

    private void showWindow() throws Exception {
        services.search().ensureCurrent(Progress.NONE);
        ownership.listen(services, dataDir, executors.writer);
        FxToolkit.setupStage(this::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(Stage stage) {
        MainWindow window = new MainWindow(stage, services, new ExecutorBackground(executors.reads, executors.writer),
                (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty(), new NoFileActions() {
                    @Override
                    public void restore(Backup backup) {
                        JournalSwap.Work work = new JournalSwap.Work("Restoring", () -> "Restored "
                                + backup.file().getFileName() + ". Kept in " + Restores.restore(backup.file(), dataDir,
                                Clock.systemUTC()) + ".", "Failed");
                        new JournalSwap(dataDir, executors, ownership, new Windows(Messages.load())).swap(work, services,
                                JournalKey.NONE, JournalKey.NONE, (opened, message) -> {
                                    services = opened;
                                    show(stage);
                                    said = message;
                                }, () -> said = "gave up");
                    }
                });
        stage.show();
    }

    private ListView<?> rows() {
        return robot.lookup("#backupList").queryListView();
    }

    /** The journal file a restore kept aside, opened as a journal of its own. */
    private JournalServices keptAside(Path aside) throws Exception {
        Files.copy(aside, kept.resolve("journal.mv.db"));
        return JournalAssembly.open(kept, Clock.systemUTC());
    }

    private static List<String> titles(List<NoteSummary> notes) {
        return notes.stream().map(NoteSummary::title).toList();
    }
}
