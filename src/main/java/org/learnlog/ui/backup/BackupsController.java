package org.learnlog.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.learnlog.service.Backup;
import org.learnlog.ui.Dates;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;
import org.learnlog.ui.Windows;

/** The backups window: each backup with its date and note count, a backup now, and a restore that asks first. */
public final class BackupsController {
    private static final DateTimeFormatter WHEN = Dates.DAY_AND_TIME;

    @FXML
    private ListView<BackupRow> backupList;
    @FXML
    private Label backupStatus;
    @FXML
    private Button restoreBackup;

    private final BackupsModel model;
    private final Windows windows;
    private final Messages messages;

    public BackupsController(BackupsModel model, Windows windows, Messages messages) {
        this.model = model;
        this.windows = windows;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        backupList.setItems(model.backups());
        backupList.setCellFactory(view -> new BackupCell(messages));
        backupStatus.textProperty().bind(model.status());
        restoreBackup.disableProperty().bind(backupList.getSelectionModel().selectedItemProperty().isNull());
        model.load();
        Platform.runLater(backupList::requestFocus);
    }

    @FXML
    void backUpNow() {
        model.backUpNow();
    }

    @FXML
    void restore() {
        Backup chosen = backupList.getSelectionModel().getSelectedItem().backup();
        if (windows.confirmCarefully(backupList.getScene().getWindow(), messages.text("backups.restoreHeader",
                when(chosen), chosen.notes()), messages.text("backups.restoreDetail"),
                messages.text("backups.restoreConfirm"), "confirmRestore")) {
            close();
            model.restore(chosen);
        }
    }

    @FXML
    void close() {
        backupList.getScene().getWindow().hide();
    }

    private static String when(Backup backup) {
        return WHEN.format(backup.taken().atZone(ZoneId.systemDefault()));
    }

    /** A backup: when it was taken and its kind, then its note count and size. */
    private static final class BackupCell extends TwoLineCell<BackupRow> {
        private final Messages messages;

        BackupCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected String firstLine(BackupRow row) {
            return when(row.backup()) + (row.backup().script() ? " · " + messages.text("backups.sql") : "");
        }

        @Override
        protected String secondLine(BackupRow row) {
            return messages.text("backups.details", row.backup().notes(), size(row.bytes()));
        }

        /** Megabytes with one decimal, and kilobytes below one megabyte, where "0.0 MB" would say nothing. */
        private static String size(long bytes) {
            return bytes < 1_000_000 ? Math.max(1, Math.round(bytes / 1e3)) + " kB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
    }
}
