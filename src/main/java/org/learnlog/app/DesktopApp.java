package org.learnlog.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.cli.NoWindowException;
import org.learnlog.model.JournalKey;
import org.learnlog.opening.JournalOpening;
import org.learnlog.opening.OpenResult;
import org.learnlog.service.Backup;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.ExecutorBackground;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Theme;
import org.learnlog.ui.View;
import org.learnlog.ui.Windows;
import org.learnlog.ui.journal.FirstFrame;
import org.learnlog.ui.journal.JournalFileActions;
import org.learnlog.ui.settings.PassphraseController;

/**
 * The desktop app: opens the journal off the FX thread and goes on from what that came to (see
 * {@link OpenResult}): the main window, a passphrase asked for, the owner's window brought forward,
 * a restore offered, or the reason said. It closes cleanly.
 */
public final class DesktopApp extends Application {
    private static final System.Logger LOG = System.getLogger(DesktopApp.class.getName());
    private static final String DATA_DIR = "data-dir";

    private final AppExecutors executors = new AppExecutors();
    private final WindowOwnership ownership = new WindowOwnership();
    private final Messages messages = Messages.load();
    private final Windows windows = new Windows(messages);
    private Path dataDir;
    /** The passphrase of an encrypted journal, once typed; a restore opens the journal with it too. */
    private JournalKey key = JournalKey.NONE;
    private JournalServices services;
    private MainWindow window;
    /** Made with the first window, so a restore's new window opens choosers where the last one did. */
    private SystemChoosers choosers;
    /** What was typed before the main window came; set as the app starts. */
    private FirstTyping first;

    /** Starts the app on the journal in {@code dataDir} and returns when its window has closed. */
    public static void launch(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        // The journal opens while the FX toolkit starts.
        EarlyOpening.begin(dir, () -> openAt(dir, JournalKey.NONE));
        try {
            Application.launch(DesktopApp.class, "--" + DATA_DIR + "=" + dir);
        } catch (RuntimeException e) {
            // A machine without GTK or a display: say what to install, not a stack trace.
            throw NoWindowException.explain(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    @Override
    public void init() {
        HeapReturn.tighten();
        dataDir = Path.of(getParameters().getNamed().get(DATA_DIR));
    }

    /** Shows the first frame where the window was last; the main window takes it over once the journal is open. */
    @Override
    public void start(Stage stage) {
        StartLook look = EarlyOpening.look(dataDir);
        Theme.apply(look.dark());
        StartupProbe.watch(stage);
        FirstFrame frame = new FirstFrame(stage, messages, look.place());
        first = new FirstTyping(frame);
        CompletableFuture<EarlyOpening.Outcome> opening = EarlyOpening.take(dataDir, () -> openAt(dataDir, key));
        frame.afterPainted(() -> opening.whenComplete((outcome, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.log(Level.ERROR, "Opening the journal failed", failure);
                Platform.exit();
                return;
            }
            go(stage, outcome.result(), outcome.look());
        })));
    }

    private static EarlyOpening.Outcome openAt(Path dir, JournalKey key) {
        OpenResult result = opening(key).start(dir);
        return new EarlyOpening.Outcome(result, StartLook.of(result));
    }

    /** Goes on from what opening the journal came to; {@code startLook} is the window's theme and place if it opened. */
    private void go(Stage stage, OpenResult result, StartLook startLook) {
        if (result instanceof OpenResult.Opened open) {
            services = open.services();
            ownership.listen(services, dataDir, executors.writer);
            Theme.apply(startLook.dark());
            showWindow(stage, startLook);
        } else if (result instanceof OpenResult.NeedsPassphrase needs) {
            first.locked();
            askKey(stage, needs.error());
        } else if (result instanceof OpenResult.HandedOver) {
            WindowOwnership.focusOwner(dataDir);
            Platform.exit();
        } else if (result instanceof OpenResult.Damaged damaged) {
            Theme.apply(false);
            offerRestore(stage, damaged);
        } else if (result instanceof OpenResult.Failed failed) {
            Theme.apply(false);
            windows.tell(null, Alert.AlertType.ERROR, messages.text("app.openFailed.title"), failed.problem().getMessage());
            Platform.exit();
        }
    }

    private static JournalOpening opening(JournalKey key) {
        return new JournalOpening(dir -> JournalAssembly.open(dir, Clock.systemDefaultZone(), key));
    }

    /** Asks for the passphrase, then opens the journal with it off the FX thread and goes on from there. */
    private void askKey(Stage stage, String error) {
        // Between the dialog and the window no window is open, which would otherwise end the toolkit.
        Platform.setImplicitExit(false);
        Theme.apply(false);
        Optional<String> passphrase = windows.<String>dialog(View.PASSPHRASE, ControllerFactory.of(
                PassphraseController.class, () -> new PassphraseController(dataDir.toString(), error, messages)),
                null, messages.text("app.title")).showAndWait();
        if (passphrase.isEmpty()) {
            Platform.exit();
            return;
        }
        key = JournalKey.of(passphrase.get());
        OpeningWindow notice = new OpeningWindow(OpeningWindow.PATIENCE);
        executors.writer.submit(() -> {
            OpenResult result = opening(key).open(dataDir);
            StartLook startLook = StartLook.of(result);
            Platform.runLater(() -> {
                notice.close();
                Platform.setImplicitExit(!(result instanceof OpenResult.NeedsPassphrase));
                go(stage, result, startLook);
            });
        });
    }

    /** Says why the journal can't be opened; with a backup, it may be restored, then the app goes on. */
    private void offerRestore(Stage stage, OpenResult.Damaged damaged) {
        ButtonType restore = new ButtonType(messages.text("app.restoreNewest"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.text("app.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<Path> backup = damaged.problem().newestBackup();
        List<ButtonType> buttons = backup.isPresent() ? List.of(restore, quit) : List.of(ButtonType.OK);
        Optional<ButtonType> answer = windows.ask(null, Alert.AlertType.ERROR, messages.text("app.openFailed.title"),
                damaged.problem().getMessage(), buttons, null, null);
        if (backup.isPresent() && answer.orElse(quit) == restore) {
            swap(stage, new JournalFiles(dataDir, messages).restoring(backup.get()), null, key);
            return;
        }
        Platform.exit();
    }

    /** What a window asks for that replaces its journal's file: it is closed, replaced and opened again there. */
    private JournalFileActions fileActions(Stage stage) {
        return new JournalFileActions() {
            @Override
            public void restore(Backup backup) {
                window.retire();
                swap(stage, new JournalFiles(dataDir, messages).restoring(backup.file()), services, key);
            }

            @Override
            public void encrypt(String passphrase) {
                if (key.present()) {
                    windows.tell(stage, Alert.AlertType.INFORMATION, null, messages.text("app.encryptedAlready"));
                    return;
                }
                JournalKey chosen = JournalKey.of(passphrase);
                window.retire();
                swap(stage, new JournalFiles(dataDir, messages).encrypting(chosen), services, chosen);
            }
        };
    }

    /** Closes {@code current} (null: none is open), does {@code work}, and shows the journal opened with {@code after}. */
    private void swap(Stage stage, JournalSwap.Work work, JournalServices current, JournalKey after) {
        JournalKey before = key;
        StartLook asNow = window == null ? StartLook.PLAIN
                : new StartLook(window.darkTheme().get(), Optional.of(window.where()), Optional.empty(), "");
        services = null;
        new JournalSwap(dataDir, executors, ownership, windows).swap(work, current, before, after,
                (reopened, said) -> {
                    services = reopened;
                    // Nothing to say means the work failed, and the journal was opened again as it was.
                    key = said.isEmpty() ? before : after;
                    showWindow(stage, asNow);
                    if (current != null) {
                        JournalSwap.tell(stage, said, windows);
                    }
                }, Platform::exit);
    }

    private void showWindow(Stage stage, StartLook startLook) {
        if (choosers == null) {
            choosers = new SystemChoosers(startLook.lastFolder(), this::rememberFolder);
        }
        MainWindow built = MainWindow.prepared(stage, services, new ExecutorBackground(executors.reads,
                executors.writer), choosers::folder, choosers::json, fileActions(stage));
        window = built;
        // Keys typed into the first frame while the window was built are queued before this, so they reach it.
        Platform.runLater(() -> {
            FirstFrame.Typed typed = first.take();
            built.attach();
            built.darkTheme().set(startLook.dark());
            built.place(startLook.place());
            stage.show();
            built.shown();
            built.carryOver(typed);
            StartupProbe.mainShown();
            ownership.shown(stage, built);
        });
    }

    private void rememberFolder(Path folder) {
        JournalServices current = services;
        executors.writer.submit(() -> {
            try {
                current.settings().setLastFolder(folder);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Can't keep the last folder used", e);
            }
        });
    }

    /** Waits for queued writes, then closes the journal so its file is released. */
    @Override
    public void stop() throws InterruptedException {
        ownership.close();
        if (first != null) {
            first.keepIfLeft(dataDir, executors.writer);
        }
        executors.shutdown();
        if (services != null) {
            services.close();
        }
        LOG.log(Level.DEBUG, "Closed the journal in " + dataDir);
    }
}
