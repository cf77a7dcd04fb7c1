package org.learnlog.ui.trash;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.Note;
import org.learnlog.model.TrashedNote;
import org.learnlog.service.Trash;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/** The trash window's state and commands: the deleted notes, restoring some, emptying it. */
public final class TrashModel {
    private final Trash trash;
    private final Background background;
    private final JournalEvents events;
    private final Messages messages;
    private final ObservableList<TrashedNote> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** Notes restored are told to {@code events}. */
    public TrashModel(Trash trash, Background background, JournalEvents events, Messages messages) {
        this.trash = trash;
        this.background = background;
        this.events = events;
        this.messages = messages;
    }

    /** Reads the trash, after letting go of what has been there longer than it keeps notes. */
    public void load() {
        background.write(() -> {
            trash.emptyExpired();
            return trash.list();
        }).onSuccess(notes::setAll).onError(failure -> failed("action.loadTrash", failure));
    }

    public void restore(List<TrashedNote> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        List<UUID> ids = chosen.stream().map(trashed -> trashed.note().id()).toList();
        background.write(() -> trash.restore(ids)).onSuccess(restored -> {
            status.set(restored.left() == 0 ? messages.text("trash.restored", restored.notes().size())
                    : messages.text("trash.restoredSome", restored.notes().size(), restored.left()));
            events.publish(new JournalEvents.NotesBack(restored.notes().stream().map(Note::id).toList()));
            load();
        }).onError(failure -> failed("action.restore", failure));
    }

    /** Deletes everything in the trash for good; the caller asks first. */
    public void empty() {
        background.write(trash::empty).onSuccess(count -> {
            status.set(messages.text("trash.emptied", count));
            load();
        }).onError(failure -> failed("action.emptyTrash", failure));
    }

    private void failed(String actionKey, Throwable failure) {
        status.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    public ObservableList<TrashedNote> notes() {
        return notes;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
