package org.learnlog.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the start-up benchmark only: with {@code -Dlearnlog.startupProbe=true}, prints how long the JVM
 * had run when the first frame was on screen (after its first pulse), then when the main window was,
 * and quits.
 */
final class StartupProbe {
    static final String PROPERTY = "learnlog.startupProbe";

    private StartupProbe() {
    }

    static void watch(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            stage.setOnShown(event -> Platform.runLater(() -> say("first-window-ms")));
        }
    }

    static void mainShown() {
        if (Boolean.getBoolean(PROPERTY)) {
            Platform.runLater(() -> {
                say("main-window-ms");
                Platform.exit();
            });
        }
    }

    private static void say(String what) {
        System.out.println(what + " " + ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
