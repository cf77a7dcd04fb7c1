package org.learnlog.ui.journal;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;

/** The learning heatmap above the note list, on the Today and All notes views, kept current. */
public final class HeatmapController {
    @FXML
    private StackPane heatmapPane;

    private final SidebarModel sidebar;
    private final NoteListModel list;
    private final HeatmapView view;

    public HeatmapController(SidebarModel sidebar, NoteListModel list, Messages messages) {
        this.sidebar = sidebar;
        this.list = list;
        this.view = new HeatmapView(messages);
    }

    @FXML
    private void initialize() {
        heatmapPane.getChildren().setAll(view);
        heatmapPane.visibleProperty().bind(Bindings.createBooleanBinding(() -> sidebar.heatmap().get() != null
                        && (list.filterProperty().get().equals(NoteFilter.all())
                        || list.filterProperty().get().equals(list.today())),
                list.filterProperty(), sidebar.heatmap()));
        heatmapPane.managedProperty().bind(heatmapPane.visibleProperty());
        sidebar.heatmap().addListener((observable, old, map) -> {
            if (map != null) {
                view.show(map);
            }
        });
    }
}
