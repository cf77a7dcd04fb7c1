package org.learnlog.ui.backup;

import java.io.IOException;
import java.nio.file.Files;
import org.learnlog.service.Backup;

/** A backup as the list shows it, with its file's size, read off the FX thread. */
public record BackupRow(Backup backup, long bytes) {

    static BackupRow of(Backup backup) {
        try {
            return new BackupRow(backup, Files.size(backup.file()));
        } catch (IOException e) {
            return new BackupRow(backup, -1);
        }
    }
}
