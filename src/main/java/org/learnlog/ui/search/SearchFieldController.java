package org.learnlog.ui.search;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.journal.NoteListModel;

/**
 * The toolbar's search field: Ctrl+F or Ctrl+K from anywhere in the window go there, Down or Enter move
 * to the results, Escape clears it.
 */
public final class SearchFieldController {
    @FXML
    private TextField searchField;

    private final SearchModel model;
    private final Navigation navigation;
    private final NoteListModel list;

    public SearchFieldController(SearchModel model, Navigation navigation, NoteListModel list) {
        this.model = model;
        this.navigation = navigation;
        this.list = list;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !model.hits().isEmpty()) {
                model.goToResults();
                event.consume();
            }
        });
        searchField.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null && old == null) {
                installShortcuts(scene);
            }
        });
    }

    private void installShortcuts(Scene scene) {
        Runnable focus = () -> {
            if (!navigation.isAt(Place.Screen.NOTES)) {
                navigation.go(Place.notes(list.filterProperty().get()));
            }
            searchField.requestFocus();
            searchField.selectAll();
        };
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), focus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), focus);
    }
}
