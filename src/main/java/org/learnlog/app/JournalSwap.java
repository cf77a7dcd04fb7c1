package org.learnlog.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.learnlog.model.JournalKey;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Windows;

/**
 * Replaces the journal's file while the app runs, for a restore or an encryption: closes the journal
 * that is open, does the work, and opens the result. It runs on the writer, so every save queued
 * before it is in the file that is replaced. If the work fails, the journal as it was is opened again.
 */
final class JournalSwap {
    private static final System.Logger LOG = System.getLogger(JournalSwap.class.getName());

    private final Path dataDir;
    private final AppExecutors executors;
    private final WindowOwnership ownership;
    private final Windows windows;

    JournalSwap(Path dataDir, AppExecutors executors, WindowOwnership ownership, Windows windows) {
        this.dataDir = dataDir;
        this.executors = executors;
        this.ownership = ownership;
        this.windows = windows;
    }

    /** What to do with the closed journal: {@code work} replaces its file and returns what to tell the user. */
    record Work(String working, Supplier<String> work, String failed) {
    }

    /**
     * Does {@code work} with the journal closed ({@code current} first, null when none is open), then
     * opens it with {@code after}, or with {@code before} again if the work failed. On the FX thread,
     * {@code opened} then gets the journal that is open and what to tell the user; {@code gaveUp} runs
     * when no journal could be opened at all.
     */
    void swap(Work work, JournalServices current, JournalKey before, JournalKey after,
              BiConsumer<JournalServices, String> opened, Runnable gaveUp) {
        Alert working = windows.inform(null, Alert.AlertType.INFORMATION, null, work.working());
        working.getButtonTypes().clear();
        executors.writer.submit(() -> {
            if (current != null) {
                ownership.close();
                current.close();
            }
            try {
                String said = work.work().get();
                JournalServices swapped = open(after);
                Platform.runLater(() -> {
                    done(working);
                    opened.accept(swapped, said);
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, work.failed(), e);
                JournalServices asItWas = current == null ? null : reopen(before);
                Platform.runLater(() -> {
                    done(working);
                    windows.tell(null, Alert.AlertType.ERROR, null, work.failed() + " " + e.getMessage());
                    if (asItWas == null) {
                        gaveUp.run();
                    } else {
                        opened.accept(asItWas, "");
                    }
                });
            }
        });
    }

    /**
     * Says what the work did, over {@code owner}: a dialog, not the status line, since it says where
     * things went, and the index rebuild that follows would soon overwrite the status line.
     */
    static void tell(Window owner, String said, Windows windows) {
        if (!said.isEmpty()) {
            windows.inform(owner, Alert.AlertType.INFORMATION, null, said);
        }
    }

    private JournalServices open(JournalKey key) {
        JournalServices services = JournalAssembly.open(dataDir, Clock.systemDefaultZone(), key);
        ownership.listen(services, dataDir, executors.writer);
        return services;
    }

    /** The journal as it was, which failed work leaves in place; null if even that can't be opened. */
    private JournalServices reopen(JournalKey key) {
        try {
            return open(key);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Can't open the journal again after failed work on it", e);
            return null;
        }
    }

    private static void done(Alert working) {
        working.setResult(ButtonType.OK);
        working.close();
    }
}
