package org.learnlog.app;

import java.io.IOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.handoff.OwnerClient;
import org.learnlog.handoff.OwnerSocket;
import org.learnlog.handoff.Request;
import org.learnlog.service.JournalServices;

/**
 * The app as the journal's owner: it listens for later processes once the journal is open, brings its
 * window forward for a second launch, and refreshes it after a handed-over command. Without a socket
 * (a file system that has none) the app still works; later commands then find the journal locked.
 */
final class WindowOwnership implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WindowOwnership.class.getName());

    private OwnerSocket socket;
    private volatile Stage stage;
    private volatile MainWindow window;

    /** Starts listening for the journal in {@code dataDir}, which this process has just opened. */
    void listen(JournalServices services, Path dataDir, ExecutorService writer) {
        try {
            socket = OwnerSocket.listen(dataDir, new HandedOverCommands(services, dataDir, writer, this::focus,
                    this::capture, this::ran));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Can't listen on " + OwnerSocket.in(dataDir) + "; later commands will find the "
                    + "journal locked", e);
        }
    }

    /**
     * The window that a second launch brings forward and a handed-over command refreshes; quick capture
     * opens over it if this start was `learnlog capture`'s.
     */
    void shown(Stage shownStage, MainWindow shownWindow) {
        stage = shownStage;
        window = shownWindow;
        if (CaptureAtStart.take()) {
            capture();
        }
    }

    /** Asks the process that owns the journal in {@code dataDir} to bring its window forward. */
    static void focusOwner(Path dataDir) {
        try {
            OwnerClient.send(dataDir, new Request(dataDir, List.of("--data-dir", dataDir.toAbsolutePath().toString())),
                    Writer.nullWriter(), Writer.nullWriter());
        } catch (IOException e) {
            LOG.log(Level.INFO, "The journal's owner did not answer: " + e.getMessage());
        }
    }

    private void focus() {
        Platform.runLater(() -> {
            Stage shown = stage;
            if (shown != null) {
                shown.setIconified(false);
                shown.show();
                shown.toFront();
                shown.requestFocus();
            }
        });
    }

    private void capture() {
        focus();
        Platform.runLater(() -> {
            MainWindow shown = window;
            if (shown != null) {
                shown.quickCapture();
            }
        });
    }

    private void ran(String command) {
        Platform.runLater(() -> {
            MainWindow shown = window;
            if (shown != null) {
                shown.journalChanged(command);
            }
        });
    }

    /** Stops listening; the journal closes next, and the next process to open it owns it. */
    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Can't remove " + e.getMessage(), e);
        }
    }
}
