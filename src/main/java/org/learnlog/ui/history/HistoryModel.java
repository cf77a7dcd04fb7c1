package org.learnlog.ui.history;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.LineDiff;
import org.learnlog.model.NoteVersion;
import org.learnlog.service.NoteHistory;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/** The history window's state and commands: one note's versions, what changed since one, restoring it. */
public final class HistoryModel {
    private final NoteHistory history;
    private final Background background;
    private final Consumer<Runnable> saveFirst;
    private final JournalEvents events;
    private final Messages messages;
    private final ObservableList<NoteVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<LineDiff.Line> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Only the newest comparison asked for is shown, however the answers arrive. */
    private long asked;

    /**
     * {@code saveFirst} saves what the editor holds and then runs what it is given, so a restore never
     * races the user's typing; the note as a restore left it is told to {@code events}.
     */
    public HistoryModel(NoteHistory history, Background background, Consumer<Runnable> saveFirst, JournalEvents events,
                        Messages messages) {
        this.history = history;
        this.background = background;
        this.saveFirst = saveFirst;
        this.events = events;
        this.messages = messages;
    }

    public void load(UUID noteId) {
        background.read(() -> history.versions(noteId))
                .onSuccess(versions::setAll)
                .onError(failure -> failed("action.loadHistory", failure));
    }

    /** Shows what changed from {@code version} to the note as it is now; null clears it. */
    public void compare(NoteVersion version) {
        long mine = ++asked;
        if (version == null) {
            changes.clear();
            return;
        }
        background.read(() -> history.changesSince(version)).onSuccess(lines -> {
            if (mine == asked) {
                changes.setAll(lines);
            }
        }).onError(failure -> failed("action.compareVersion", failure));
    }

    public void restore(NoteVersion version) {
        saveFirst.accept(() -> background.write(() -> history.restore(version.id())).onSuccess(change -> {
            status.set(messages.text("history.restored",
                    HistoryController.WHEN.format(version.note().updated().atZone(ZoneId.systemDefault()))));
            events.publish(new JournalEvents.NoteSaved(change));
            load(change.after().id());
        }).onError(failure -> failed("action.restoreVersion", failure)));
    }

    private void failed(String actionKey, Throwable failure) {
        status.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    public ObservableList<NoteVersion> versions() {
        return versions;
    }

    public ObservableList<LineDiff.Line> changes() {
        return changes;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
