package org.learnlog.ui.search;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.SearchHit;

/**
 * Lays the hidden results list out once with real hits after the window shows, so that the first
 * search a user types doesn't pay for the first result cells: in a fresh JVM, building and styling
 * them and the first use of the bold font held the FX thread for two frames or more. The hits are
 * laid out and taken away within one event on the FX thread, so none of them is ever drawn.
 */
public final class ResultsWarmUp {
    private final SearchModel model;
    private final ListView<SearchHit> results;
    private final Node pane;

    /** {@code pane} holds {@code results} and is visible only while the user searches. */
    public ResultsWarmUp(SearchModel model, ListView<SearchHit> results, Node pane) {
        this.model = model;
        this.results = results;
        this.pane = pane;
    }

    /**
     * Warms up once, with a search for the title of the first of {@code notes}, or of the first note to
     * arrive there. Call it once the window is on screen, so that the list has its size.
     */
    public void start(ObservableList<NoteSummary> notes) {
        if (!notes.isEmpty()) {
            searchFor(notes.get(0));
            return;
        }
        notes.addListener(new ListChangeListener<NoteSummary>() {
            @Override
            public void onChanged(Change<? extends NoteSummary> change) {
                if (!notes.isEmpty()) {
                    notes.removeListener(this);
                    searchFor(notes.get(0));
                }
            }
        });
    }

    private void searchFor(NoteSummary note) {
        model.searchUnseen(note.title(), this::layOut);
    }

    private void layOut(List<SearchHit> hits) {
        // Once the user searches, the real results do the same work.
        if (hits.isEmpty() || pane.isVisible()) {
            return;
        }
        ObservableList<SearchHit> shown = results.getItems();
        results.setItems(FXCollections.observableList(hits));
        results.applyCss();
        results.layout();
        results.setItems(shown);
    }
}
