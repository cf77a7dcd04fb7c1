package org.learnlog.ui.journal;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Windows;
import org.learnlog.ui.editor.EditorModel;

/**
 * Saves the note on screen before the window closes. If that save fails, the window stays open
 * unless the user chooses, knowingly, to close without saving.
 */
public final class CloseGuard {
    private final EditorModel editor;
    private final Windows windows;
    private final Messages messages;

    public CloseGuard(EditorModel editor, Windows windows, Messages messages) {
        this.editor = editor;
        this.windows = windows;
        this.messages = messages;
    }

    public void install(Stage stage) {
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
        return windows.ask(stage, Alert.AlertType.WARNING, messages.text("close.failed.header"),
                Errors.describe(failure), List.of(keep, discard), null, null).filter(discard::equals).isPresent();
    }
}
