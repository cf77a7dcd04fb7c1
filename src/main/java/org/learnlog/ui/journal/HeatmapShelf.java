package org.learnlog.ui.journal;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.StackPane;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;

/** Puts the learning heatmap above the note list on the Today and All notes views, and keeps it current. */
final class HeatmapShelf {
    private final StackPane pane;
    private final NoteListModel journal;
    private final HeatmapView view;

    HeatmapShelf(StackPane pane, NoteListModel journal, Messages messages) {
        this.pane = pane;
        this.journal = journal;
        this.view = new HeatmapView(messages);
    }

    void install() {
        pane.getChildren().setAll(view);
        pane.visibleProperty().bind(Bindings.createBooleanBinding(() -> journal.heatmap().get() != null
                        && (journal.filterProperty().get().equals(NoteFilter.all())
                        || journal.filterProperty().get().equals(journal.today())),
                journal.filterProperty(), journal.heatmap()));
        pane.managedProperty().bind(pane.visibleProperty());
        journal.heatmap().addListener((observable, old, map) -> {
            if (map != null) {
                view.show(map);
            }
        });
    }
}
