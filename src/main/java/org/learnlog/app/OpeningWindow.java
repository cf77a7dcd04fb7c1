package org.learnlog.app;

import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.learnlog.ui.Messages;
import org.learnlog.ui.View;
import org.learnlog.ui.Windows;

/**
 * A small window that says the journal is opening, with a progress bar. It shows only once the
 * opening has taken longer than its patience, so a quick start never flashes it, and closes when the
 * journal is open.
 */
final class OpeningWindow {
    static final Duration PATIENCE = Duration.seconds(1.5);

    private final Stage stage;
    private final PauseTransition wait;

    /** Builds the notice in {@code given} (null: a stage of its own), to show after {@code patience} unless closed first. */
    OpeningWindow(Stage given, Duration patience) {
        stage = new Windows(Messages.load()).notice(View.OPENING, given);
        wait = new PauseTransition(patience);
        wait.setOnFinished(event -> stage.show());
        wait.play();
    }

    void close() {
        wait.stop();
        stage.hide();
    }
}
