package org.learnlog.ui.journal;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
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
    /** The height of the notes screen below which the heatmap is left out. */
    private static final double SHORT = 470;

    @FXML
    private SplitPane split;
    @FXML
    private SplitPane listSplit;
    @FXML
    private Parent sidebarPane;
    @FXML
    private Parent heatmap;
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
        // The sidebar keeps its width as the window grows or shrinks; the notes take the difference.
        SplitPane.setResizableWithParent(sidebarPane, false);
        // On a short window the heatmap gives its room to the editor.
        heatmap.visibleProperty().bind(notesScreen.heightProperty().greaterThan(SHORT));
        heatmap.managedProperty().bind(heatmap.visibleProperty());
        notesScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.NOTES));
        notesScreen.managedProperty().bind(notesScreen.visibleProperty());
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

    /** The split panes whose dividers the window keeps between starts: the sidebar's, then the list's. */
    public List<SplitPane> splits() {
        return List.of(split, listSplit);
    }

    /** Where the other screens go, each built the first time the window goes there. */
    public StackPane screens() {
        return screens;
    }
}
