package org.learnlog.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.learnlog.model.JournalKey;
import org.learnlog.service.Backups;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Messages;

/**
 * Puts a backup in place of the journal while the app runs: closes the journal that is open, restores
 * the backup (the file it replaces is kept beside it), and opens the result. It runs on the writer, so
 * every save queued before it is in the file that is kept. If the restore fails, the journal as it was
 * is opened again.
 */
final class JournalRestore {
    private static final System.Logger LOG = System.getLogger(JournalRestore.class.getName());

    private final Path dataDir;
    private final JournalKey key;
    private final AppExecutors executors;
    private final WindowOwnership ownership;
    private final Messages messages;

    /** {@code key} opens the journal after the restore: a backup of an encrypted journal is encrypted too. */
    JournalRestore(Path dataDir, JournalKey key, AppExecutors executors, WindowOwnership ownership, Messages messages) {
        this.dataDir = dataDir;
        this.key = key;
        this.executors = executors;
        this.ownership = ownership;
        this.messages = messages;
    }

    /**
     * Restores {@code backup} over the journal, closing {@code current} first (null when none is open).
     * On the FX thread, {@code opened} then gets the journal that is open and what to tell the user;
     * {@code gaveUp} runs when no journal could be opened at all.
     */
    void restore(Path backup, JournalServices current, BiConsumer<JournalServices, String> opened, Runnable gaveUp) {
        Alert working = new Alert(Alert.AlertType.INFORMATION, messages.text("app.restoring", backup));
        working.setTitle(messages.text("app.title"));
        working.getButtonTypes().clear();
        working.show();
        executors.writer.submit(() -> {
            if (current != null) {
                ownership.close();
                current.close();
            }
            try {
                Path aside = Backups.restore(backup, dataDir, Clock.systemDefaultZone());
                JournalServices restored = open();
                Platform.runLater(() -> {
                    done(working);
                    opened.accept(restored, messages.text("backups.restored", backup.getFileName(), aside));
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Restoring " + backup + " failed", e);
                JournalServices asItWas = current == null ? null : reopen();
                Platform.runLater(() -> {
                    done(working);
                    new Alert(Alert.AlertType.ERROR, messages.text("app.restoreFailed", e.getMessage())).showAndWait();
                    if (asItWas == null) {
                        gaveUp.run();
                    } else {
                        opened.accept(asItWas, "");
                    }
                });
            }
        });
    }

    private JournalServices open() {
        JournalServices services = JournalAssembly.open(dataDir, Clock.systemDefaultZone(), key);
        ownership.listen(services, dataDir, executors.writer);
        return services;
    }

    /** The journal as it was, which a failed restore leaves in place; null if even that can't be opened. */
    private JournalServices reopen() {
        try {
            return open();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Can't open the journal again after a failed restore", e);
            return null;
        }
    }

    private static void done(Alert working) {
        working.setResult(ButtonType.OK);
        working.close();
    }
}
