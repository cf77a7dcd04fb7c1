package org.learnlog.ui.backup;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.service.Backup;
import org.learnlog.service.Backups;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;

/** The backups window's state and commands: the backups with their facts, a backup now, a restore. */
public final class BackupsModel {
    private final Backups backups;
    private final Background background;
    private final Consumer<Backup> restorer;
    private final Messages messages;
    private final ObservableList<BackupRow> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** {@code restorer} saves the note on screen, closes the journal, restores {@code backup} and reopens it. */
    public BackupsModel(Backups backups, Background background, Consumer<Backup> restorer, Messages messages) {
        this.backups = backups;
        this.background = background;
        this.restorer = restorer;
        this.messages = messages;
    }

    public void load() {
        background.read(() -> backups.list().stream().map(BackupRow::of).toList()).onSuccess(list::setAll)
                .onError(failure -> failed("action.loadBackups", failure));
    }

    public void backUpNow() {
        status.set(messages.text("backups.working"));
        background.read(backups::take).onSuccess(backup -> {
            status.set(messages.text("backup.done", backup.notes()));
            load();
        }).onError(failure -> failed("action.backup", failure));
    }

    /** Puts {@code backup} in place of the journal; the caller has asked the user. */
    public void restore(Backup backup) {
        restorer.accept(backup);
    }

    private void failed(String actionKey, Throwable failure) {
        status.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    public ObservableList<BackupRow> backups() {
        return list;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
