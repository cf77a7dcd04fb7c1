package org.learnlog.ui.journal;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.StatusLine;

/** The status bar: what the last action did (with Undo, where it can be undone), and the progress bar and Cancel button of long work. */
public final class StatusBarController {
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressBar workProgress;
    @FXML
    private Button cancelWork;
    @FXML
    private Button undoButton;

    private final StatusLine status;
    private final LongWork work;

    public StatusBarController(StatusLine status, LongWork work) {
        this.status = status;
        this.work = work;
    }

    @FXML
    private void initialize() {
        workProgress.visibleProperty().bind(work.runningProperty());
        workProgress.managedProperty().bind(work.runningProperty());
        workProgress.progressProperty().bind(work.progressProperty());
        cancelWork.visibleProperty().bind(work.runningProperty());
        cancelWork.managedProperty().bind(work.runningProperty());
        statusLabel.textProperty().bind(status.text());
        undoButton.visibleProperty().bind(status.canUndo());
        undoButton.managedProperty().bind(status.canUndo());
    }

    @FXML
    void undo() {
        status.undo();
    }

    @FXML
    void cancelWork() {
        work.cancel();
    }
}
