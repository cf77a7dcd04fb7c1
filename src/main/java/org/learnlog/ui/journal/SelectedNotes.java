package org.learnlog.ui.journal;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import org.learnlog.model.NoteSummary;

/**
 * What acts on the notes selected in the list, from the toolbar and the File menu: export, copy as
 * Markdown and delete, each enabled only while a note is selected.
 */
final class SelectedNotes {
    private final ListView<NoteSummary> list;
    private final NoteActions actions;

    SelectedNotes(ListView<NoteSummary> list, NoteActions actions) {
        this.list = list;
        this.actions = actions;
    }

    void install(ButtonBase export, ButtonBase copy, ButtonBase delete, MenuItem exportItem, MenuItem copyItem) {
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        for (ButtonBase button : List.of(export, copy, delete)) {
            button.disableProperty().bind(none);
        }
        exportItem.disableProperty().bind(none);
        copyItem.disableProperty().bind(none);
        export.setOnAction(event -> export());
        exportItem.setOnAction(event -> export());
        copy.setOnAction(event -> actions.copy(selected()));
        copyItem.setOnAction(event -> actions.copy(selected()));
        delete.setOnAction(event -> delete());
    }

    void delete() {
        actions.delete(selected());
    }

    List<NoteSummary> selected() {
        return List.copyOf(list.getSelectionModel().getSelectedItems());
    }

    private void export() {
        actions.export(selected(), list.getScene().getWindow());
    }
}
