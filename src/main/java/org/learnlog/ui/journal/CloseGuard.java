package org.learnlog.ui.journal;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.EditorModel;

/**
 * Saves the note on screen before the window closes. If that save fails, the window stays open
 * unless the user chooses, knowingly, to close without saving.
 */
final class CloseGuard {
    private final EditorModel editor;
    private final Messages messages;

    CloseGuard(EditorModel editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
    }

    void install(Stage stage) {
        stage.setOnCloseRequest(event -> onCloseRequest(stage, event));
    }

    private void onCloseRequest(Stage stage, WindowEvent event) {
        if (!editor.isDirty()) {
            return;
        }
        event.consume();
        editor.saveThen(stage::close, failure -> {
            if (closeAnyway(stage, failure)) {
                stage.setOnCloseRequest(null);
                stage.close();
            }
        });
    }

    private boolean closeAnyway(Stage stage, Throwable failure) {
        ButtonType discard = new ButtonType(messages.text("close.discard"), ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.text("close.keep"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Errors.describe(failure), keep, discard);
        alert.initOwner(stage);
        alert.setTitle(messages.text("close.failed.title"));
        alert.setHeaderText(messages.text("close.failed.header"));
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
