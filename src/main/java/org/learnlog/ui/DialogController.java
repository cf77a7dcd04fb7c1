package org.learnlog.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** The controller of a dialog built from FXML: what the dialog answers when it closes with {@code button}. */
public interface DialogController<R> {
    /** The answer, or null when the dialog was cancelled. */
    R result(ButtonType button);

    /** Hands the controller its dialog before it shows, for one that closes itself once its work is done. */
    default void opened(Dialog<R> dialog) {
    }
}
