package org.learnlog.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A test of the main window on a new journal in memory, which {@link #journal()} fills before the window shows. */
abstract class WindowTest {
    @TempDir
    Path folder;

    MainWindowFixture window;
    FxRobot robot;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    final void openWindow() throws Exception {
        window = new MainWindowFixture(folder);
        robot = window.robot;
        journal();
        window.show();
    }

    /** What the journal holds when the window shows: nothing, unless a test says. */
    void journal() throws Exception {
    }

    @AfterEach
    final void closeWindow() throws Exception {
        window.close();
    }
}
