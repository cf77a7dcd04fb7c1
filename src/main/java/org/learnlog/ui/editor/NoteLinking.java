package org.learnlog.ui.editor;

import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteLink;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;
import org.learnlog.ui.Windows;

/**
 * The editor's links between notes: the titles offered after {@code [[}, the backlinks below the
 * preview, and a link clicked in the preview, which opens its note or, for a note that is not there (a
 * {@code [[title]]} not written yet, or a note deleted since), offers to make it and points the link
 * at the new note.
 */
public final class NoteLinking {
    private final Notes notes;
    private final EditorModel editor;
    private final Background background;
    private final JournalEvents events;
    private final Windows windows;
    private final StatusLine status;
    private final Messages messages;
    private final BacklinksView backlinks;

    public NoteLinking(Notes notes, EditorModel editor, Background background, JournalEvents events, Windows windows,
                       StatusLine status, Messages messages) {
        this.notes = notes;
        this.editor = editor;
        this.background = background;
        this.events = events;
        this.windows = windows;
        this.status = status;
        this.messages = messages;
        this.backlinks = new BacklinksView(notes, editor, background, events, messages);
    }

    /** Titles offered while a link is typed in {@code body}. */
    LinkCompletion completion(TextArea body) {
        return new LinkCompletion(body, notes, editor, background, messages);
    }

    BacklinksView backlinks() {
        return backlinks;
    }

    /** Opens the note {@code link} goes to; {@code words} are the link's, the title a new note would get. */
    public void follow(NoteLink link, String words, Window owner) {
        background.read(() -> link.id() != null ? notes.links().find(link.id()) : notes.links().titled(link.title()))
                .onSuccess((Optional<NoteSummary> found) -> found.ifPresentOrElse(note -> editor.open(note.id()),
                        () -> offerToMake(link, words, owner)))
                .onError(failure -> status.failed("links.action.follow", failure));
    }

    private void offerToMake(NoteLink link, String words, Window owner) {
        String title = (link.title() != null ? link.title() : words).strip();
        String detail = messages.text(link.title() != null ? "links.missing.new" : "links.missing.gone", title);
        if (title.isEmpty() || !windows.confirm(owner, messages.text("links.missing.header", title), detail,
                messages.text("links.missing.make"), "makeLinkedNote")) {
            return;
        }
        UUID from = editor.editing().get();
        background.write(() -> notes.saveChange(NoteDraft.of(title, "")))
                .onSuccess(change -> {
                    events.publish(new JournalEvents.NoteSaved(change));
                    if (editor.isEditing(from)) {
                        editor.fields().body().set(notes.links().pointAt(editor.fields().body().get(), link,
                                change.after().id()));
                    }
                    editor.open(change.after().id());
                })
                .onError(failure -> status.failed("links.action.make", failure));
    }
}
