package org.learnlog.ui;

import javafx.scene.control.ButtonType;

/** The controller of a dialog built from FXML: what the dialog answers when it closes with {@code button}. */
public interface DialogController<R> {
    /** The answer, or null when the dialog was cancelled. */
    R result(ButtonType button);
}
