package org.learnlog.ui.editor;

import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.Drafts;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;

/**
 * At start, offers back text that never reached the notes because Learnlog or the machine stopped
 * first: one question per draft. Restore saves it into the notes and opens it; Discard lets it go;
 * closing the question keeps the draft for the next start.
 */
public final class DraftRecovery {
    private static final System.Logger LOG = System.getLogger(DraftRecovery.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Drafts drafts;
    private final Notes notes;
    private final EditorModel editor;
    private final Background background;
    private final Messages messages;
    private final Runnable refresh;

    public DraftRecovery(Drafts drafts, Notes notes, EditorModel editor, Background background, Messages messages,
                         Runnable refresh) {
        this.drafts = drafts;
        this.notes = notes;
        this.editor = editor;
        this.background = background;
        this.messages = messages;
        this.refresh = refresh;
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
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("draft.detail",
                WHEN.format(draft.updated().atZone(ZoneId.systemDefault()))), restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle(messages.text("draft.title"));
        alert.setHeaderText(messages.text("draft.header", title));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.orElse(later) == restore) {
            background.write(() -> {
                Note saved = notes.save(NoteDraft.from(draft));
                drafts.discard(saved.id());
                return saved;
            }).onSuccess(saved -> {
                refresh.run();
                editor.open(saved.id());
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
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.text("draft.failed", Errors.describe(failure)));
        alert.initOwner(owner);
        alert.setTitle(messages.text("draft.title"));
        alert.showAndWait();
        askEach(left, owner);
    }
}
