package org.learnlog.app;

import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.learnlog.ui.Messages;
import org.learnlog.ui.View;
import org.learnlog.ui.Windows;

/**
 * A small window that says the journal is opening, with a progress bar: the first start of a new
 * version brings the journal's file up to date, which takes some 20 seconds with 100,000 notes. It is
 * built and shown only once the opening has taken longer than its patience, so a quick start neither
 * flashes it nor pays for it, and it closes when the journal is open.
 */
final class OpeningWindow {
    static final Duration PATIENCE = Duration.seconds(1.5);

    private final PauseTransition wait;
    private Stage stage;

    /** Waits {@code patience}, then shows the notice unless closed first. */
    OpeningWindow(Duration patience) {
        wait = new PauseTransition(patience);
        wait.setOnFinished(event -> {
            stage = new Windows(Messages.load()).notice(View.OPENING, null);
            stage.show();
        });
        wait.play();
    }

    /** The notice's window, once it is shown; null before. */
    Stage stage() {
        return stage;
    }

    void close() {
        wait.stop();
        if (stage != null) {
            stage.hide();
        }
    }
}
