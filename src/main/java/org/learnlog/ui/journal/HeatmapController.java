package org.learnlog.ui.journal;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/**
 * The learning heatmap above the note list, on All notes and on a day's notes, kept current; a click on
 * a day lists that day's notes.
 */
public final class HeatmapController {
    @FXML
    private StackPane heatmapPane;

    private final SidebarModel sidebar;
    private final NoteListModel list;
    private final HeatmapView view;
    private final Navigation navigation;

    public HeatmapController(SidebarModel sidebar, NoteListModel list, Navigation navigation, Messages messages) {
        this.sidebar = sidebar;
        this.list = list;
        this.navigation = navigation;
        this.view = new HeatmapView(messages);
    }

    @FXML
    private void initialize() {
        heatmapPane.getChildren().setAll(view);
        // On all notes and on a day's (NoteFilter.on(null) is all notes); not on a tag's or a goal's.
        heatmapPane.visibleProperty().bind(Bindings.createBooleanBinding(() -> sidebar.heatmap().get() != null
                        && list.filterProperty().get().equals(NoteFilter.on(list.filterProperty().get().day())),
                list.filterProperty(), sidebar.heatmap()));
        view.setOnDay(day -> navigation.go(Place.notes(NoteFilter.on(day))));
        heatmapPane.managedProperty().bind(heatmapPane.visibleProperty());
        sidebar.heatmap().addListener((observable, old, map) -> {
            if (map != null) {
                view.show(map);
            }
        });
    }
}
