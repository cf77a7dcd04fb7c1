package org.learnlog.app;

import java.nio.file.Path;
import java.time.Clock;
import org.learnlog.model.JournalKey;
import org.learnlog.service.JournalEncryption;
import org.learnlog.service.Restores;
import org.learnlog.ui.Messages;

/** The work that replaces the journal's file while the app runs, with what the user is told of it. */
final class JournalFiles {
    private final Path dataDir;
    private final Messages messages;

    JournalFiles(Path dataDir, Messages messages) {
        this.dataDir = dataDir;
        this.messages = messages;
    }

    /** Puts {@code backup} in place of the journal, keeping the journal as it was beside it. */
    JournalSwap.Work restoring(Path backup) {
        return new JournalSwap.Work(messages.text("app.restoring", backup), () -> messages.text("backups.restored",
                backup.getFileName(), Restores.restore(backup, dataDir, Clock.systemDefaultZone(), "the Learnlog app")),
                messages.text("app.restoreFailed"));
    }

    /** Encrypts the journal and its copies with {@code key}. */
    JournalSwap.Work encrypting(JournalKey key) {
        return new JournalSwap.Work(messages.text("app.encrypting"), () -> messages.text("app.encrypted",
                JournalEncryption.encrypt(dataDir, key, Clock.systemDefaultZone()).rewritten().size()),
                messages.text("app.encryptFailed"));
    }
}
