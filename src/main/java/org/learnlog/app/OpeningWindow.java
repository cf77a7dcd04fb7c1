package org.learnlog.app;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.learnlog.ui.Messages;

/**
 * A small window that says the journal is opening, with a progress bar. It shows only once the
 * opening has taken longer than its patience, so a quick start never flashes it, and closes when the
 * journal is open.
 */
final class OpeningWindow {
    static final Duration PATIENCE = Duration.seconds(1.5);

    private final Stage stage;
    private final PauseTransition wait;

    /** Builds the notice in {@code stage}, to show when {@code patience} has passed unless closed first. */
    OpeningWindow(Stage stage, Duration patience) {
        this.stage = stage;
        Messages messages = Messages.load();
        ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        working.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(12, new Label(messages.text("app.opening")), working);
        content.setPadding(new Insets(24));
        content.setPrefWidth(360);
        stage.setScene(new Scene(content));
        stage.setTitle(messages.text("app.title"));
        stage.getIcons().add(DesktopApp.icon());
        stage.setResizable(false);
        wait = new PauseTransition(patience);
        wait.setOnFinished(event -> stage.show());
        wait.play();
    }

    void close() {
        wait.stop();
        stage.hide();
    }
}
