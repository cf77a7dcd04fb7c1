package org.learnlog.ui.journal;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.learnlog.ui.LongWork;

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

    private final NoteListModel journal;
    private final LongWork work;

    public StatusBarController(NoteListModel journal, LongWork work) {
        this.journal = journal;
        this.work = work;
    }

    @FXML
    private void initialize() {
        workProgress.visibleProperty().bind(work.runningProperty());
        workProgress.managedProperty().bind(work.runningProperty());
        workProgress.progressProperty().bind(work.progressProperty());
        cancelWork.visibleProperty().bind(work.runningProperty());
        cancelWork.managedProperty().bind(work.runningProperty());
        statusLabel.textProperty().bind(journal.status());
        undoButton.visibleProperty().bind(journal.canUndo());
        undoButton.managedProperty().bind(journal.canUndo());
    }

    @FXML
    void undo() {
        journal.undo();
    }

    @FXML
    void cancelWork() {
        work.cancel();
    }
}
