package org.learnlog.ui;

import javafx.scene.control.ListCell;
import org.learnlog.model.LineDiff;

/**
 * A line of a comparison, marked − (only in the earlier text), + (only in the later one) or unchanged:
 * a note's history, an adopted item's newer version.
 */
public final class DiffCell extends ListCell<LineDiff.Line> {
    private static final String[] STYLES = {"diff-same", "diff-removed", "diff-added"};

    @Override
    protected void updateItem(LineDiff.Line line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll(STYLES);
        if (empty || line == null) {
            setText(null);
            return;
        }
        String mark = switch (line.change()) {
            case SAME -> "  ";
            case REMOVED -> "− ";
            case ADDED -> "+ ";
        };
        setText(mark + line.text());
        getStyleClass().add(STYLES[line.change().ordinal()]);
    }
}
