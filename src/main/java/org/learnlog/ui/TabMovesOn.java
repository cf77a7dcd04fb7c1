package org.learnlog.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a short text area (a context, a comment) moves on to the next field, as in a text field,
 * instead of typing a tab: nobody means to indent a line of context, and the keyboard must not be caught.
 */
public final class TabMovesOn {

    private TabMovesOn() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
                // Ctrl+Tab is a text area's own way out; Shift goes back.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
    }
}
