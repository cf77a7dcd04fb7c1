package org.learnlog.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A list row of a bold first line and a smaller, muted second one, as wide as the list (a long first
 * line ends in "…"). The graphic is set once and hidden while the cell is empty: setting it for each
 * item re-laid the cell out and restyled it, most of the FX thread's time while a long list scrolled.
 */
public abstract class TwoLineCell<T> extends ListCell<T> {
    private final Label first = new Label();
    private final Label second = new Label();
    private final VBox box = new VBox(2, first, second);

    protected TwoLineCell() {
        setPrefWidth(0);
        first.getStyleClass().add("note-title");
        second.getStyleClass().add("note-details");
        setGraphic(box);
        box.setVisible(false);
    }

    /** The first line for {@code item}. */
    protected abstract String firstLine(T item);

    /** The second line for {@code item}. */
    protected abstract String secondLine(T item);

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            box.setVisible(false);
            first.setText(null);
            second.setText(null);
            setAccessibleText(null);
            return;
        }
        first.setText(firstLine(item));
        second.setText(secondLine(item));
        setAccessibleText(first.getText() + ", " + second.getText());
        box.setVisible(true);
    }
}
