package org.learnlog.ui;

import javafx.scene.control.Label;

/** What an empty list or table says instead of its rows, styled alike everywhere. */
public final class ListPlaceholder {
    private ListPlaceholder() {
    }

    public static Label saying(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("list-placeholder");
        return label;
    }
}
