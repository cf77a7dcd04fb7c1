package org.learnlog.ui.journal;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.learnlog.model.Deletion;
import org.learnlog.model.Note;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.Drafts;
import org.learnlog.service.NoteExport;
import org.learnlog.service.Notes;
import org.learnlog.service.Trash;
import org.learnlog.ui.Background;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;

/** The notes selected in the list, and what can be done with them: delete, export to a folder, copy as Markdown. */
public final class NoteActions {
    private final ObservableList<NoteSummary> selected = FXCollections.observableArrayList();
    private final Sources sources;
    private final Background background;
    private final JournalEvents events;
    private final StatusLine status;
    private final FolderPicker folders;
    private final Messages messages;

    /** The services the actions use. */
    public record Sources(Notes notes, Trash trash, Drafts drafts, NoteExport export) {
    }

    public NoteActions(Sources sources, Background background, JournalEvents events, StatusLine status,
                       FolderPicker folders, Messages messages) {
        this.sources = sources;
        this.background = background;
        this.events = events;
        this.status = status;
        this.folders = folders;
        this.messages = messages;
    }

    /** The notes selected in the list; the list keeps it in step. */
    public ObservableList<NoteSummary> selected() {
        return selected;
    }

    /** Moves the notes to the trash at once; the status bar offers to undo it, and the trash keeps them 30 days. */
    void delete() {
        List<UUID> ids = ids();
        if (ids.isEmpty()) {
            return;
        }
        background.write(() -> {
            Deletion deletion = sources.trash().delete(ids);
            deletion.notes().forEach(sources.drafts()::discard);
            return deletion;
        }).onSuccess(deletion -> {
            events.publish(new JournalEvents.NotesGone(deletion.notes()));
            status.offerUndo(messages.text("delete.done", deletion.notes().size()), () -> undo(deletion));
        }).onError(failure -> status.failed("action.delete", failure));
    }

    private void undo(Deletion deletion) {
        background.write(() -> sources.trash().undo(deletion))
                .onSuccess(restored -> {
                    status.report(messages.text("delete.undone", restored.notes().size()));
                    events.publish(new JournalEvents.NotesBack(restored.notes().stream().map(Note::id).toList()));
                })
                .onError(failure -> status.failed("action.undoDelete", failure));
    }

    void export(Window owner) {
        List<UUID> ids = ids();
        if (ids.isEmpty()) {
            return;
        }
        folders.pick(owner, messages.text("export.chooser")).ifPresent(folder ->
                background.read(() -> sources.export().toFolder(sources.notes().load(ids), folder, sources.notes().attachments()))
                        .onSuccess(files -> status.report(messages.text("export.done", files.size(), folder)))
                        .onError(failure -> status.failed("action.export", failure)));
    }

    /** Copies the selected notes as clean Markdown: title, body and tags, ready to paste. */
    void copy() {
        copy(note -> sources.export().toSharedMarkdown(note), "copy.done");
    }

    /** Copies the selected notes whole, front matter and all: what an export file holds. */
    void copyWithMetadata() {
        copy(this::markdown, "copy.doneWhole");
    }

    private void copy(Function<Note, String> format, String doneKey) {
        List<UUID> ids = ids();
        if (ids.isEmpty()) {
            return;
        }
        background.read(() -> sources.notes().load(ids).stream().map(format).collect(Collectors.joining("\n")))
                .onSuccess(markdown -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(markdown);
                    Clipboard.getSystemClipboard().setContent(content);
                    status.report(messages.text(doneKey, ids.size()));
                })
                .onError(failure -> status.failed("action.copy", failure));
    }

    private List<UUID> ids() {
        return selected.stream().map(NoteSummary::id).toList();
    }

    private String markdown(Note note) {
        String text = sources.export().toMarkdown(note);
        return text.endsWith("\n") ? text : text + "\n";
    }
}
