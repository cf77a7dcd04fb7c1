package org.learnlog.app.wiring;

import org.learnlog.service.NoteHistory;
import org.learnlog.service.Trash;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.View;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.history.HistoryController;
import org.learnlog.ui.history.HistoryModel;
import org.learnlog.ui.trash.TrashController;
import org.learnlog.ui.trash.TrashModel;
import javafx.stage.Window;

/** The windows beside the notes: the history of the note on screen, and the trash. */
final class NoteWindowsWiring {
    private final NoteHistory history;
    private final Trash trash;
    private final EditorModel editor;
    private final Shared shared;

    NoteWindowsWiring(NoteHistory history, Trash trash, EditorModel editor, Shared shared) {
        this.history = history;
        this.trash = trash;
        this.editor = editor;
        this.shared = shared;
    }

    /** Saves the note on screen first, so its history ends with what the user sees; a new note has none yet. */
    void showHistory(Window owner) {
        editor.saveThen(() -> {
            HistoryModel model = new HistoryModel(history, shared.background(), editor::saveThen, shared.events(),
                    shared.messages());
            var noteId = editor.draft().id();
            shared.windows().window(View.HISTORY, ControllerFactory.of(HistoryController.class,
                            () -> new HistoryController(model, noteId, shared.messages())), owner,
                    shared.messages().text("history.window", editor.fields().title().get())).stage().show();
        });
    }

    void showTrash(Window owner) {
        TrashModel model = new TrashModel(trash, shared.background(), shared.events(), shared.messages());
        shared.windows().window(View.TRASH, ControllerFactory.of(TrashController.class,
                        () -> new TrashController(model, shared.windows(), shared.messages())), owner,
                shared.messages().text("trash.window")).stage().show();
    }
}
