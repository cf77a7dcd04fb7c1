package org.learnlog.app;


import org.learnlog.app.wiring.MainWindow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.cli.Cli;
import org.learnlog.cli.HandOff;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import org.learnlog.store.Database;
import org.learnlog.ui.NoFileActions;
import org.learnlog.ui.SameThreadBackground;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open window as the journal's owner: a note added with `learnlog add` shows in it at once, and a
 * second launch of the app brings it forward.
 */
class WindowOwnershipTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final JournalServices services = JournalAssembly.over(Database.inMemory(),
            Clock.fixed(Instant.parse("2026-11-29T09:40:00Z"), ZoneOffset.UTC), null);
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final WindowOwnership ownership = new WindowOwnership();
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showTheWindow() throws Exception {
        services.search().ensureCurrent(Progress.NONE);
        ownership.listen(services, dataDir, writer);
        stage = FxToolkit.setupStage(shown -> {
            MainWindow window = new MainWindow(shown, services, new SameThreadBackground(),
                    (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty(), new NoFileActions());
            shown.show();
            ownership.shown(shown, window);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        ownership.close();
        writer.shutdown();
        FxToolkit.hideStage();
        services.close();
    }

    @Test
    void aNoteAddedFromTheTerminalShowsInTheOpenWindowAtOnce() {
        StringWriter out = new StringWriter();

        int code = later(out, "add", "Handed over #git", "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, code);
        ListView<NoteSummary> list = robot.lookup("#noteList").queryListView();
        assertEquals("Handed over", list.getItems().get(0).title());
        assertEquals("“learnlog add” ran on this journal from another process.",
                robot.lookup("#statusLabel").queryLabeled().getText());
    }

    @Test
    void aSecondLaunchBringsTheMinimizedWindowBack() throws Exception {
        FxToolkit.setupFixture(() -> stage.setIconified(true));
        assertTrue(stage.isIconified());

        int code = later(new StringWriter(), "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, code);
        assertFalse(stage.isIconified());
    }

    /** A later `learnlog …`, which never opens the journal itself: what happens is the owner's doing. */
    private int later(StringWriter out, String... args) {
        Cli cli = new Cli(dir -> {
            throw new AssertionError("the journal was opened a second time");
        }, dir -> {
            throw new AssertionError("a second window was launched");
        }, dataDir);
        return HandOff.run(cli, dataDir, new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }
}
