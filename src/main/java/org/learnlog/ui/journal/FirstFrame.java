package org.learnlog.ui.journal;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
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
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();

    /** What was typed before the main window came, and whether the cursor was in the text. */
    public record Typed(String title, String body, boolean inBody) {
        public static final Typed NOTHING = new Typed("", "", false);

        public boolean isEmpty() {
            return title.isBlank() && body.isBlank();
        }

        /** The title as a heading over the text: how it goes on the clipboard when no journal opened. */
        public String asMarkdown() {
            return title.isBlank() ? body : "# " + title.strip() + "\n\n" + body;
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
        VBox frame = new VBox(8, title, body, opening);
        VBox.setVgrow(body, Priority.ALWAYS);
        frame.setPadding(new Insets(16));
        Windows windows = new Windows(messages);
        stage.setScene(windows.scene(frame));
        windows.dress(stage, messages.text("app.title"));
        WindowPlacer.apply(stage, place, List.of());
        stage.show();
        title.requestFocus();
    }

    /** Runs {@code next} once the frame has been laid out for its first picture, so it is seen before the work that follows. */
    public void afterPainted(Runnable next) {
        AfterPulse.run(title.getScene(), next);
    }

    public Typed typed() {
        return new Typed(title.getText(), body.getText(), body.isFocused());
    }
}
