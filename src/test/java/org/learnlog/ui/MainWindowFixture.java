package org.learnlog.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.app.JournalAssembly;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import org.learnlog.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on an in-memory journal at a fixed time, for the TestFX tests to drive. */
final class MainWindowFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-29T09:40:00Z");

    /** Every reading is a millisecond later, so saves have an order as they do in real use; the day stays the same. */
    private final Clock clock = new Clock() {
        private long readings;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests run in UTC");
        }

        @Override
        public Instant instant() {
            return START.plusMillis(readings++);
        }
    };

    final FxRobot robot = new FxRobot();
    final JournalServices services;
    /** What the folder and file choosers answer. */
    Path picked;
    /** The window, once shown. */
    MainWindow mainWindow;
    private Stage stage;

    MainWindowFixture(Path picked) {
        this(picked, null);
    }

    /** With {@code dataDir} as the journal's folder, for what keeps files beside it: settings, libraries' copies. */
    MainWindowFixture(Path picked, Path dataDir) {
        this.picked = picked;
        this.services = JournalAssembly.over(Database.inMemory(), clock, dataDir);
    }

    /** Shows the main window on the journal as it is now. */
    void show() throws Exception {
        // The app checks the search index once its window is up; here it is done first, so tests need not wait.
        services.search().ensureCurrent(Progress.NONE);
        FxToolkit.setupStage(stage -> {
            this.stage = stage;
            mainWindow = new MainWindow(stage, services, new SameThreadBackground(), (owner, title) -> Optional.of(picked),
                    (owner, title) -> Optional.of(picked), new NoFileActions());
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    Stage mainWindowStage() {
        return stage;
    }

    /**
     * The root of the showing window that holds {@code selector}, once it shows: a dialog is a window of its
     * own, and the robot's lookups start at the main one.
     */
    static Node windowWith(String selector) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rootWith(selector).isPresent());
        return rootWith(selector).orElseThrow();
    }

    private static Optional<Node> rootWith(String selector) {
        return Window.getWindows().stream().filter(Window::isShowing).map(shown -> (Node) shown.getScene().getRoot())
                .filter(root -> root.lookup(selector) != null).findFirst();
    }

    Node sidebarRow(String label) {
        return robot.lookup(".tree-cell").match(cell -> cell instanceof TreeCell<?> treeCell
                && treeCell.getItem() != null && label.equals(treeCell.getItem().toString())).query();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.hideStage();
        services.close();
    }
}
