package org.learnlog.ui.journal;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.CaptureLine;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;
import org.learnlog.ui.Windows;

/**
 * Quick capture (Ctrl+Shift+N, or `learnlog capture`): one line in the command line's grammar,
 * {@code text #tag +goal !kind}, in a small window over the work. Enter saves it and the window is gone;
 * Escape closes it and keeps the line for the next time, so nothing typed is lost.
 */
public final class QuickCapture {
    private static final double PREF_WIDTH = 560;
    private final Notes notes;
    private final Background background;
    private final JournalEvents events;
    private final StatusLine status;
    private final Messages messages;
    private Stage stage;
    private TextField line;
    private Label said;

    public QuickCapture(Notes notes, Background background, JournalEvents events, StatusLine status, Messages messages) {
        this.notes = notes;
        this.background = background;
        this.events = events;
        this.status = status;
        this.messages = messages;
    }

    /** Shows the window over {@code owner}, with the line as it was left. */
    public void show(Window owner) {
        if (stage == null) {
            build(owner);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        line.requestFocus();
        line.end();
    }

    private void build(Window owner) {
        line = new TextField();
        line.setId("captureLine");
        line.setPromptText(messages.text("capture.prompt"));
        line.setAccessibleText(messages.text("capture.prompt"));
        line.setPrefColumnCount(40);
        said = new Label(messages.text("capture.help"));
        said.setId("captureSaid");
        said.setWrapText(true);
        said.getStyleClass().add("note-details");
        line.textProperty().addListener((observable, old, text) -> {
            said.getStyleClass().remove("field-problem");
            said.setText(text.isBlank() ? messages.text("capture.help") : preview(CaptureLine.parse(text)));
        });
        line.setOnAction(event -> save());
        VBox root = new VBox(8, line, said);
        root.setPadding(new Insets(12));
        root.setPrefWidth(PREF_WIDTH);
        root.getStyleClass().add("quick-capture");
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                event.consume();
            }
        });
        stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.setTitle(messages.text("capture.title"));
        stage.getIcons().add(Windows.icon());
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setResizable(false);
    }

    /** What the line will save: "Title · #git · +review-speed · how-to". */
    private String preview(NoteDraft draft) {
        List<String> parts = new ArrayList<>();
        parts.add(draft.title().isBlank() ? messages.text("capture.noTitle") : draft.title());
        draft.tags().forEach(tag -> parts.add("#" + tag));
        draft.goals().forEach(goal -> parts.add("+" + goal));
        parts.add(draft.kind().slug());
        return String.join(" · ", parts);
    }

    private void save() {
        NoteDraft draft = CaptureLine.parse(line.getText());
        if (draft.title().isBlank()) {
            problem(messages.text("capture.empty"));
            return;
        }
        String typed = line.getText();
        line.setDisable(true);
        background.write(() -> notes.saveChange(draft)).onSuccess(change -> {
            line.setDisable(false);
            // Cleared only if nothing was typed meanwhile.
            if (line.getText().equals(typed)) {
                line.clear();
            }
            stage.hide();
            status.report(messages.text("capture.saved", change.after().title()));
            events.publish(new JournalEvents.NoteSaved(change));
        }).onError(failure -> {
            line.setDisable(false);
            problem(Errors.describe(failure));
            line.requestFocus();
        });
    }

    private void problem(String text) {
        said.setText(text);
        if (!said.getStyleClass().contains("field-problem")) {
            said.getStyleClass().add("field-problem");
        }
    }
}
