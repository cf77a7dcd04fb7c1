package org.learnlog.ui.journal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.EditorModel;

/**
 * The note list: it shows the filtered notes, opens the one chosen, keeps the note being edited
 * selected when the list changes, deletes on the Delete key, and loads more as it is scrolled.
 */
public final class NoteListController {
    /** How close to the end of the loaded notes a shown cell asks for more. */
    private static final int NEAR_END = 40;

    @FXML
    private ListView<NoteSummary> noteList;
    @FXML
    private Label emptyList;

    private final NoteListModel model;
    private final EditorModel editor;
    private final NoteActions actions;
    private final Messages messages;
    /** The notes the user selected, which a change of the list must leave selected. */
    private final Set<UUID> chosen = new HashSet<>();
    /** Set while the list re-selects the notes chosen, which must not reopen them. */
    private boolean restoringSelection;

    public NoteListController(NoteListModel model, EditorModel editor, NoteActions actions, Messages messages) {
        this.model = model;
        this.editor = editor;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        noteList.setItems(model.notes());
        // Today, before anything is written, asks the day's two questions.
        emptyList.textProperty().bind(model.filterProperty().map(filter -> messages.text(
                filter.equals(model.today()) ? "list.emptyToday" : "list.empty")));
        noteList.setCellFactory(view -> new NoteCell(messages, this::shown));
        noteList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Bindings.bindContent(actions.selected(), noteList.getSelectionModel().getSelectedItems());
        noteList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                actions.delete();
                event.consume();
            }
        });
        noteList.getSelectionModel().selectedItemProperty().addListener((observable, old, note) -> {
            if (note != null && !restoringSelection && !model.isChanging() && !editor.isEditing(note.id())) {
                editor.open(note.id());
            }
        });
        noteList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<NoteSummary>) change -> {
            if (!restoringSelection && !model.isChanging()) {
                chosen.clear();
                noteList.getSelectionModel().getSelectedItems().forEach(note -> chosen.add(note.id()));
            }
        });
        model.notes().addListener((ListChangeListener<NoteSummary>) change -> reselectChosen());
        // A note opened from elsewhere (a search, a goal's evidence) is the one selected, or none is if
        // the list doesn't show it, as for a new note.
        editor.editing().addListener((observable, old, id) -> {
            if (id != null && !chosen.contains(id)) {
                chosen.clear();
                if (model.notes().stream().anyMatch(note -> note.id().equals(id))) {
                    chosen.add(id);
                }
                reselectChosen();
            }
        });
    }

    /** A cell shows the note at {@code index}: near the end of what is loaded, load the next page. */
    private void shown(int index) {
        if (index >= model.notes().size() - NEAR_END) {
            model.loadMore();
        }
    }

    /** After the list changed (a row moved, a page came), the notes chosen are selected, else the one on screen. */
    private void reselectChosen() {
        restoringSelection = true;
        try {
            MultipleSelectionModel<NoteSummary> selection = noteList.getSelectionModel();
            selection.clearSelection();
            for (int i = 0; i < model.notes().size(); i++) {
                UUID id = model.notes().get(i).id();
                if (chosen.isEmpty() ? editor.isEditing(id) : chosen.contains(id)) {
                    selection.select(i);
                }
            }
        } finally {
            restoringSelection = false;
        }
    }
}
