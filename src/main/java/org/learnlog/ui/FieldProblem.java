package org.learnlog.ui;

import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;

/**
 * A problem said right under the field that caused it: the label takes room only while it says
 * something, the field is marked, and the problem goes as soon as the user changes the field.
 */
public final class FieldProblem {
    private static final String INVALID = "invalid";

    private final Control field;
    private final Label label;

    public FieldProblem(Control field, Label label) {
        this.field = field;
        this.label = label;
        // As tall as its wrapped lines, so a long problem is read whole, never cut short.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        if (field instanceof TextInputControl text) {
            text.textProperty().addListener((observable, old, now) -> clear());
        } else if (field instanceof ComboBoxBase<?> box) {
            box.valueProperty().addListener((observable, old, now) -> clear());
        }
    }

    /** Says {@code message} under the field. */
    public void say(String message) {
        label.setText(message);
        if (!field.getStyleClass().contains(INVALID)) {
            field.getStyleClass().add(INVALID);
        }
    }

    /** Puts the cursor in the field, e.g. the first one with a problem. */
    public void focus() {
        field.requestFocus();
    }

    public void clear() {
        label.setText("");
        field.getStyleClass().remove(INVALID);
    }

    public boolean isShown() {
        return !label.getText().isEmpty();
    }
}
