package org.learnlog.ui.journal;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.EditorModel;

/**
 * Ties the note list to the journal and the editor: it shows the filtered notes, opens the one
 * chosen, keeps the note being edited selected when the list reloads, and deletes on the Delete key.
 */
final class NoteListBinding {
    /** How close to the end of the loaded notes a shown cell asks for more. */
    private static final int NEAR_END = 40;

    private final ListView<NoteSummary> list;
    private final NoteListModel journal;
    private final EditorModel editor;
    /** Set while the list re-selects the note on screen, which must not reopen it. */
    private boolean restoringSelection;

    NoteListBinding(ListView<NoteSummary> list, NoteListModel journal, EditorModel editor) {
        this.list = list;
        this.journal = journal;
        this.editor = editor;
    }

    /** {@code delete} deletes the selected notes; the Delete key runs it. */
    void install(Messages messages, Runnable delete) {
        list.setItems(journal.notes());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                delete.run();
                event.consume();
            }
        });
        list.setCellFactory(view -> new NoteCell(messages, this::shown));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label(messages.text("list.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("list-placeholder");
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, note) -> {
            if (note != null && !restoringSelection && !editor.isEditing(note.id())) {
                editor.open(note.id());
            }
        });
        journal.notes().addListener((ListChangeListener<NoteSummary>) change -> reselectEditedNote());
    }

    /** A cell shows the note at {@code index}: near the end of what is loaded, load the next page. */
    private void shown(int index) {
        if (index >= journal.notes().size() - NEAR_END) {
            journal.loadMore();
        }
    }

    private void reselectEditedNote() {
        restoringSelection = true;
        try {
            journal.notes().stream().filter(note -> editor.isEditing(note.id())).findFirst()
                    .ifPresent(note -> list.getSelectionModel().select(note));
        } finally {
            restoringSelection = false;
        }
    }
}
