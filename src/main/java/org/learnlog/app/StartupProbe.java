package org.learnlog.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the start-up benchmark only: with {@code -Dlearnlog.startupProbe=true}, prints how long the JVM
 * had run when the first window was on screen (after its first pulse), then quits.
 */
final class StartupProbe {
    static final String PROPERTY = "learnlog.startupProbe";

    private StartupProbe() {
    }

    static void watch(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        stage.setOnShown(event -> Platform.runLater(() -> {
            System.out.println("first-window-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
            Platform.exit();
        }));
    }
}
