package org.learnlog.ui.journal;

import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.editor.EditorModel;

/**
 * The main window's frame: the screens beside the sidebar, of which the notes screen is there from the
 * start, and leaving it saves the note on screen.
 */
public final class MainWindowController {
    @FXML
    private StackPane screens;
    @FXML
    private VBox notesScreen;

    private final Navigation navigation;
    private final EditorModel editor;

    public MainWindowController(Navigation navigation, EditorModel editor) {
        this.navigation = navigation;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        notesScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.NOTES));
        notesScreen.visibleProperty().addListener((observable, was, visible) -> {
            if (!visible) {
                editor.save();
            }
        });
        // A move to one note (an evidence note opened from its goal's page) opens it.
        navigation.placeProperty().addListener((observable, old, place) -> {
            if (place.note() != null) {
                editor.open(place.note());
            }
        });
    }

    /** Where the other screens go, each built the first time the window goes there. */
    public StackPane screens() {
        return screens;
    }
}
