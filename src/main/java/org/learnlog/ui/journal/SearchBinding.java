package org.learnlog.ui.journal;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.SearchHit;
import org.learnlog.model.Snippet;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.search.ResultsWarmUp;
import org.learnlog.ui.search.SearchHitCell;
import org.learnlog.ui.search.SearchModel;

/**
 * The toolbar's search field and the results that take the note list's place while it holds text:
 * Ctrl+F or Ctrl+K from anywhere goes there, Down or Enter moves to the results, Escape clears it,
 * and choosing a result opens the note with the first match selected.
 */
final class SearchBinding {
    private final SearchModel model;
    private final EditorModel editor;
    private final NoteListModel journal;
    private final Navigation navigation;
    private ResultsWarmUp warmUp;

    SearchBinding(SearchModel model, EditorModel editor, NoteListModel journal, Navigation navigation) {
        this.model = model;
        this.editor = editor;
        this.journal = journal;
        this.navigation = navigation;
    }

    void install(TextField field, VBox pane, Label summary, ListView<SearchHit> results, Messages messages) {
        field.textProperty().bindBidirectional(model.queryProperty());
        pane.visibleProperty().bind(model.queryProperty().isNotEmpty());
        summary.textProperty().bind(model.summary());
        results.setItems(model.hits());
        results.setCellFactory(list -> new SearchHitCell(messages));
        Label none = new Label(messages.text("search.none"));
        none.setWrapText(true);
        none.getStyleClass().add("list-placeholder");
        results.setPlaceholder(none);
        warmUp = new ResultsWarmUp(model, results, pane);
        results.getSelectionModel().selectedItemProperty().addListener((observable, old, hit) -> {
            if (hit != null && !editor.isEditing(hit.id())) {
                editor.open(hit.id(), matchedWords(hit));
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.clear();
            } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        // A save can change what matches; search again so the results stay true.
        journal.notes().addListener((ListChangeListener<NoteSummary>) change -> {
            if (model.isActive()) {
                model.refresh();
            }
        });
    }

    /** Once the window is on screen: readies the results list for the first search. */
    void windowShown() {
        warmUp.start(journal.notes());
    }

    /** Ctrl+F and Ctrl+K go to the search field from anywhere in the window, on the notes screen. */
    void installShortcuts(Scene scene, TextField field) {
        Runnable focus = () -> {
            if (!navigation.isAt(Place.Screen.NOTES)) {
                navigation.go(Place.notes(journal.filterProperty().get()));
            }
            field.requestFocus();
            field.selectAll();
        };
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), focus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), focus);
    }

    private static List<String> matchedWords(SearchHit hit) {
        List<String> words = new ArrayList<>();
        for (Snippet text : List.of(hit.snippet(), hit.title())) {
            text.matches().forEach(span -> words.add(text.text().substring(span.start(), span.end())));
        }
        return words;
    }
}
