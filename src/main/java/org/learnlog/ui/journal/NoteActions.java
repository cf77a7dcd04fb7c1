package org.learnlog.ui.journal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.learnlog.model.Deletion;
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
    private final NoteListModel journal;
    private final EditorModel editor;
    private final Background background;
    private final FolderPicker folders;
    private final Messages messages;

    public NoteActions(JournalServices services, NoteListModel journal, EditorModel editor, Background background,
                       FolderPicker folders, Messages messages) {
        this.services = services;
        this.journal = journal;
        this.editor = editor;
        this.background = background;
        this.folders = folders;
        this.messages = messages;
    }

    /** Moves the notes to the trash at once; the status bar offers to undo it, and the trash keeps them 30 days. */
    void delete(List<NoteSummary> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<UUID> ids = selected.stream().map(NoteSummary::id).toList();
        background.write(() -> {
            Deletion deletion = services.trash().delete(ids);
            deletion.notes().forEach(services.drafts()::discard);
            return deletion;
        }).onSuccess(deletion -> {
            deletion.notes().forEach(id -> {
                if (editor.isEditing(id)) {
                    editor.clear(services.notes().today());
                }
                journal.noteDeleted(id);
            });
            journal.offerUndo(messages.text("delete.done", deletion.notes().size()), () -> undo(deletion));
        }).onError(failure -> journal.failed("action.delete", failure));
    }

    private void undo(Deletion deletion) {
        background.write(() -> services.trash().undo(deletion))
                .onSuccess(restored -> {
                    journal.report(messages.text("delete.undone", restored.notes().size()));
                    journal.refresh();
                })
                .onError(failure -> journal.failed("action.undoDelete", failure));
    }

    void export(List<NoteSummary> selected, Window owner) {
        if (selected.isEmpty()) {
            return;
        }
        List<UUID> ids = selected.stream().map(NoteSummary::id).toList();
        folders.pick(owner, messages.text("export.chooser")).ifPresent(folder ->
                background.read(() -> services.export().toFolder(services.notes().load(ids), folder))
                        .onSuccess(files -> journal.report(messages.text("export.done", files.size(), folder)))
                        .onError(failure -> journal.failed("action.export", failure)));
    }

    void copy(List<NoteSummary> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<UUID> ids = selected.stream().map(NoteSummary::id).toList();
        background.read(() -> services.notes().load(ids).stream().map(this::markdown).collect(Collectors.joining("\n")))
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
}
