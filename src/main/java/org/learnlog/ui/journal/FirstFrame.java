package org.learnlog.ui.journal;

import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.learnlog.model.WindowPlace;
import org.learnlog.ui.AfterPulse;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Windows;

/**
 * The window as it first appears, before the journal and the main window are ready: a title and a
 * text to type in, where the window was last. The main window then takes the same stage over, with
 * whatever was typed here.
 */
public final class FirstFrame {
    static final Duration PATIENCE = Duration.seconds(1.5);
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();

    /** What was typed before the main window came, and whether the cursor was in the text. */
    public record Typed(String title, String body, boolean inBody) {
        public static final Typed NOTHING = new Typed("", "", false);

        public boolean isEmpty() {
            return title.isBlank() && body.isBlank();
        }
    }

    /** Shows the frame on {@code stage}, the window JavaFX gave the app, at {@code place} if it is on a screen. */
    public FirstFrame(Stage stage, Messages messages, Optional<WindowPlace> place) {
        title.setId("firstTitle");
        title.setPromptText(messages.text("editor.title.prompt"));
        title.getStyleClass().add("title-field");
        body.setId("firstBody");
        body.setPromptText(messages.text("editor.body.prompt"));
        body.setWrapText(true);
        body.getStyleClass().add("body-area");
        Label opening = new Label(messages.text("app.opening"));
        opening.getStyleClass().add("first-opening");
        HBox status = new HBox(12, opening);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox frame = new VBox(8, title, body, status);
        VBox.setVgrow(body, Priority.ALWAYS);
        frame.setPadding(new Insets(16));
        Windows windows = new Windows(messages);
        stage.setScene(windows.scene(frame));
        windows.dress(stage, messages.text("app.title"));
        WindowPlacer.apply(stage, place, List.of());
        stage.show();
        title.requestFocus();
        // A long opening (a new version's upgrade of a big journal) shows that it is under way.
        PauseTransition patience = new PauseTransition(PATIENCE);
        patience.setOnFinished(event -> {
            if (title.getScene().getWindow() != null) {
                ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
                working.setId("firstProgress");
                status.getChildren().add(working);
            }
        });
        patience.play();
    }

    /** Runs {@code next} once the frame has been laid out for its first picture, so it is seen before the work that follows. */
    public void afterPainted(Runnable next) {
        AfterPulse.run(title.getScene(), next);
    }

    public Typed typed() {
        return new Typed(title.getText(), body.getText(), body.isFocused());
    }
}
