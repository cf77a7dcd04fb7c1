package org.learnlog.ui.editor;

import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.learnlog.model.Note;
import org.learnlog.model.NoteChange;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.Drafts;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.Dates;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Windows;

/**
 * At start, offers back text that never reached the journal because Learnlog or the machine stopped
 * first: one question per draft. Restore saves it into the journal and opens it; Discard lets it go;
 * closing the question keeps the draft for the next start.
 */
public final class DraftRecovery {
    private static final System.Logger LOG = System.getLogger(DraftRecovery.class.getName());
    private static final DateTimeFormatter WHEN = Dates.DAY_AND_TIME;

    private final Drafts drafts;
    private final Notes notes;
    private final EditorModel editor;
    private final Background background;
    private final Windows windows;
    private final JournalEvents events;
    private final Messages messages;

    public DraftRecovery(Drafts drafts, Notes notes, EditorModel editor, Background background, Windows windows,
                         JournalEvents events, Messages messages) {
        this.drafts = drafts;
        this.notes = notes;
        this.editor = editor;
        this.background = background;
        this.windows = windows;
        this.events = events;
        this.messages = messages;
    }

    /** Looks for unsaved drafts in the background, then asks about each over {@code owner}. */
    public void offer(Window owner) {
        background.read(drafts::unsaved)
                .onSuccess(found -> askEach(new ArrayDeque<>(found), owner))
                .onError(failure -> LOG.log(Level.WARNING, "Can't look for unsaved drafts", failure));
    }

    private void askEach(Deque<Note> left, Window owner) {
        Note draft = left.poll();
        if (draft == null) {
            return;
        }
        ButtonType restore = new ButtonType(messages.text("draft.restore"), ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(messages.text("draft.discard"), ButtonData.OTHER);
        ButtonType later = new ButtonType(messages.text("draft.later"), ButtonData.CANCEL_CLOSE);
        String title = draft.title().isBlank() ? messages.text("draft.untitled") : draft.title();
        Optional<ButtonType> answer = windows.ask(owner, Alert.AlertType.CONFIRMATION,
                messages.text("draft.header", title), messages.text("draft.detail",
                        WHEN.format(draft.updated().atZone(ZoneId.systemDefault()))), List.of(restore, discard, later),
                null, null);
        if (answer.orElse(later) == restore) {
            background.write(() -> {
                NoteChange saved = notes.saveChange(NoteDraft.from(draft));
                drafts.discard(saved.after().id());
                return saved;
            }).onSuccess(saved -> {
                events.publish(new JournalEvents.NoteSaved(saved));
                editor.open(saved.after().id());
                askEach(left, owner);
            }).onError(failure -> failed(failure, left, owner));
        } else if (answer.orElse(later) == discard) {
            background.write(() -> {
                drafts.discard(draft.id());
                return List.of();
            }).onSuccess(done -> askEach(left, owner)).onError(failure -> failed(failure, left, owner));
        } else {
            askEach(left, owner);
        }
    }

    /** The draft stays on disk, so nothing is lost; the user hears why it could not be restored. */
    private void failed(Throwable failure, Deque<Note> left, Window owner) {
        LOG.log(Level.WARNING, "Restoring a draft failed", failure);
        windows.tell(owner, Alert.AlertType.ERROR, messages.text("draft.title"),
                messages.text("draft.failed", Errors.describe(failure)));
        askEach(left, owner);
    }
}
