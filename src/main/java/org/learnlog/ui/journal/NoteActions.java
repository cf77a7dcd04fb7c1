package org.learnlog.ui.journal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.learnlog.model.Note;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Background;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.EditorModel;

/** What can be done with the notes selected in the list: delete, export to a folder, copy as Markdown. */
public final class NoteActions {
    private final JournalServices services;
    private final JournalModel journal;
    private final EditorModel editor;
    private final Background background;
    private final FolderPicker folders;
    private final Messages messages;

    public NoteActions(JournalServices services, JournalModel journal, EditorModel editor, Background background,
                       FolderPicker folders, Messages messages) {
        this.services = services;
        this.journal = journal;
        this.editor = editor;
        this.background = background;
        this.folders = folders;
        this.messages = messages;
    }

    /** Asks first; deleting can't be undone yet. */
    void delete(List<NoteSummary> selected, Window owner) {
        if (selected.isEmpty() || !confirmDelete(selected, owner)) {
            return;
        }
        List<UUID> ids = selected.stream().map(NoteSummary::id).toList();
        background.write(() -> {
            ids.forEach(id -> {
                services.journal().delete(id);
                services.drafts().discard(id);
            });
            return ids;
        }).onSuccess(deleted -> {
            deleted.forEach(id -> {
                if (editor.isEditing(id)) {
                    editor.clear(services.journal().today());
                }
                journal.noteDeleted(id);
            });
            journal.report(messages.text("delete.done", deleted.size()));
        }).onError(failure -> journal.failed("action.delete", failure));
    }

    void export(List<NoteSummary> selected, Window owner) {
        if (selected.isEmpty()) {
            return;
        }
        List<UUID> ids = selected.stream().map(NoteSummary::id).toList();
        folders.pick(owner, messages.text("export.chooser")).ifPresent(folder ->
                background.read(() -> services.export().toFolder(services.journal().load(ids), folder))
                        .onSuccess(files -> journal.report(messages.text("export.done", files.size(), folder)))
                        .onError(failure -> journal.failed("action.export", failure)));
    }

    void copy(List<NoteSummary> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<UUID> ids = selected.stream().map(NoteSummary::id).toList();
        background.read(() -> services.journal().load(ids).stream().map(this::markdown).collect(Collectors.joining("\n")))
                .onSuccess(markdown -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(markdown);
                    Clipboard.getSystemClipboard().setContent(content);
                    journal.report(messages.text("copy.done", ids.size()));
                })
                .onError(failure -> journal.failed("action.copy", failure));
    }

    private String markdown(Note note) {
        String text = services.export().toMarkdown(note);
        return text.endsWith("\n") ? text : text + "\n";
    }

    private boolean confirmDelete(List<NoteSummary> selected, Window owner) {
        ButtonType delete = new ButtonType(messages.text("delete.confirm"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("delete.detail"), delete, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text("delete.title"));
        alert.setHeaderText(selected.size() == 1 ? messages.text("delete.one", selected.get(0).title())
                : messages.text("delete.many", selected.size()));
        alert.getDialogPane().lookupButton(delete).setId("confirmDelete");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelDelete");
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
