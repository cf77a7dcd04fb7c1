package org.learnlog.ui.journal;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/** Above the list while it is filtered: which notes it shows, and a way back to all of them. */
public final class FilterBarController {
    @FXML
    private HBox filterBar;
    @FXML
    private Label filterText;

    private final NoteListModel list;
    private final Navigation navigation;
    private final Messages messages;

    public FilterBarController(NoteListModel list, Navigation navigation, Messages messages) {
        this.list = list;
        this.navigation = navigation;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        filterText.textProperty().bind(list.filterProperty().map(filter ->
                messages.text("filter.showing", FilterWords.of(filter, messages))));
        filterBar.visibleProperty().bind(list.filterProperty().map(filter -> !filter.equals(NoteFilter.all())));
        filterBar.managedProperty().bind(filterBar.visibleProperty());
    }

    @FXML
    private void clear() {
        navigation.go(Place.notes(NoteFilter.all()));
    }
}
