package org.learnlog.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.learnlog.model.SearchHit;
import org.learnlog.model.Snippet;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.journal.NoteListModel;

/**
 * The search's results, which take the note list's place while the field holds text; choosing one
 * opens the note with the first match selected. A change to the notes searches again.
 */
public final class SearchResultsController {
    @FXML
    private VBox searchPane;
    @FXML
    private Label searchSummary;
    @FXML
    private ListView<SearchHit> searchResults;

    private final SearchModel model;
    private final EditorModel editor;
    private final NoteListModel list;
    private final JournalEvents events;
    private final Messages messages;

    public SearchResultsController(SearchModel model, EditorModel editor, NoteListModel list, JournalEvents events,
                                   Messages messages) {
        this.model = model;
        this.editor = editor;
        this.list = list;
        this.events = events;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchPane.visibleProperty().bind(model.queryProperty().isNotEmpty());
        searchSummary.textProperty().bind(model.summary());
        searchResults.setItems(model.hits());
        searchResults.setCellFactory(view -> new SearchHitCell(messages));
        searchResults.getSelectionModel().selectedItemProperty().addListener((observable, old, hit) -> {
            if (hit != null && !editor.isEditing(hit.id())) {
                editor.open(hit.id(), matchedWords(hit));
            }
        });
        model.onGoToResults(() -> {
            searchResults.requestFocus();
            searchResults.getSelectionModel().selectFirst();
        });
        // A change can change what matches; search again so the results stay true.
        events.listen(change -> {
            if (model.isActive() && !(change instanceof JournalEvents.AidsChanged)) {
                model.searchAgain();
            }
        });
    }

    /** Once the window is on screen: readies the results list for the first search. */
    public void windowShown() {
        new ResultsWarmUp(model, searchResults, searchPane).start(list.notes());
    }

    private static List<String> matchedWords(SearchHit hit) {
        List<String> words = new ArrayList<>();
        for (Snippet text : List.of(hit.snippet(), hit.title())) {
            text.matches().forEach(span -> words.add(text.text().substring(span.start(), span.end())));
        }
        return words;
    }
}
