package org.learnlog.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.service.Backup;
import org.learnlog.ui.ListWindow;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;

/** The backups window: each backup with its date and note count, a backup now, and a restore that asks first. */
public final class BackupsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private final BackupsModel model;
    private final Messages messages;

    public BackupsView(BackupsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Stage show(Window owner, String css) {
        ListWindow<BackupRow> window = new ListWindow<>(owner, messages.text("backups.window"), model.backups(),
                "backupList", view -> new BackupCell(messages), messages.text("backups.none"));
        Button now = new Button(messages.text("backups.now"));
        now.setId("backUpNow");
        now.setOnAction(event -> model.backUpNow());
        Button restore = new Button(messages.text("backups.restore"));
        restore.setId("restoreBackup");
        restore.disableProperty().bind(window.list().getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> {
            Backup chosen = window.list().getSelectionModel().getSelectedItem().backup();
            if (confirmRestore(window.stage(), chosen)) {
                window.stage().close();
                model.restore(chosen);
            }
        });
        model.load();
        window.show(model.status(), "backupStatus", List.of(now), List.of(restore), messages.text("backups.close"), css);
        return window.stage();
    }

    private boolean confirmRestore(Window owner, Backup backup) {
        ButtonType restore = new ButtonType(messages.text("backups.restoreConfirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("backups.restoreDetail"), restore,
                ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text("backups.window"));
        alert.setHeaderText(messages.text("backups.restoreHeader", when(backup), backup.notes()));
        alert.getDialogPane().lookupButton(restore).setId("confirmRestore");
        return alert.showAndWait().filter(restore::equals).isPresent();
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
