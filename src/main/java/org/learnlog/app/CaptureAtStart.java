package org.learnlog.app;

import java.nio.file.Path;

/** `learnlog capture` with no app open: the app starts, and its window opens quick capture once shown. */
public final class CaptureAtStart {
    private static volatile boolean asked;

    private CaptureAtStart() {
    }

    /** Starts the app on the journal in {@code dataDir}, asked to open quick capture. */
    public static void launch(Path dataDir) {
        asked = true;
        DesktopApp.launch(dataDir);
    }

    /** Whether this start was asked for quick capture; true once. */
    static boolean take() {
        boolean was = asked;
        asked = false;
        return was;
    }
}
