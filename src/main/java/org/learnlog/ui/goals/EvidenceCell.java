package org.learnlog.ui.goals;

import javafx.scene.control.ListCell;
import org.learnlog.model.NoteSummary;

/** An evidence note: its day and title. */
final class EvidenceCell extends ListCell<NoteSummary> {

    @Override
    protected void updateItem(NoteSummary note, boolean empty) {
        super.updateItem(note, empty);
        setText(empty || note == null ? null : note.date() + "   " + note.title());
    }
}
