package org.learnlog.ui.search;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchResults;
import org.learnlog.service.Search;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;

/**
 * Search as you type. Each change of the query searches in the background; while one search runs,
 * only the newest query waits, so fast typing never queues stale work and no timer is needed.
 */
public final class SearchModel {
    static final int LIMIT = 100;
    /** About one screen of results. */
    private static final int UNSEEN_LIMIT = 20;
    private static final System.Logger LOG = System.getLogger(SearchModel.class.getName());

    // properties
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final Search search;
    private final Background background;
    private final Messages messages;
    private boolean running;
    private boolean pending;
    private Runnable toResults = () -> { };

    public SearchModel(Search search, Background background, Messages messages) {
        this.search = search;
        this.background = background;
        this.messages = messages;
        query.addListener((observable, old, text) -> requested());
    }

    // commands

    /** Searches again for the query on screen, e.g. after a note was saved. */
    public void searchAgain() {
        requested();
    }

    /**
     * Searches for {@code text} in the background and hands the hits to {@code use} on the FX thread,
     * leaving the query, the hits and the summary as they are; a failure is only logged.
     */
    public void searchUnseen(String text, Consumer<List<SearchHit>> use) {
        background.read(() -> search.search(text, UNSEEN_LIMIT)).onSuccess(results -> use.accept(results.hits()))
                .onError(failure -> LOG.log(Level.DEBUG, "A search not shown failed", failure));
    }

    private void requested() {
        if (running) {
            pending = true;
            return;
        }
        String text = query.get();
        if (text.isBlank()) {
            hits.clear();
            summary.set("");
            return;
        }
        running = true;
        background.read(() -> search.search(text, LIMIT))
                .onSuccess(results -> finished(() -> show(results)))
                .onError(failure -> finished(() -> {
                    LOG.log(Level.WARNING, "Search failed", failure);
                    summary.set(messages.text("action.failed", messages.text("action.search"), Errors.describe(failure)));
                }));
    }

    private void finished(Runnable show) {
        running = false;
        if (pending) {
            pending = false;
            requested();
        } else {
            show.run();
        }
    }

    private void show(SearchResults results) {
        hits.setAll(results.hits());
        String count = messages.text(results.exactTotal() ? "search.count" : "search.countAtLeast", results.total());
        String slow = results.fromIndex() ? "" : " " + messages.text("search.slow");
        String hints = results.hints().isEmpty() ? "" : " " + String.join(" ", results.hints());
        summary.set(count + slow + hints);
    }

    /** Moves the focus from the search field to the results; the results list says how. */
    public void goToResults() {
        toResults.run();
    }

    void onGoToResults(Runnable go) {
        toResults = go;
    }

    // property accessors

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** "12 notes found", with any hints about the query. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public boolean isActive() {
        return !query.get().isBlank();
    }
}
