package org.learnlog.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.learnlog.cli.OwnerListeningException;
import org.learnlog.cli.PatientOpener;
import org.learnlog.model.JournalKey;
import org.learnlog.service.Backup;
import org.learnlog.service.Backups;
import org.learnlog.service.Restores;
import org.learnlog.service.JournalEncryption;
import org.learnlog.service.JournalServices;
import org.learnlog.store.DamagedJournalException;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.JournalLockedException;
import org.learnlog.store.StoreException;
import org.learnlog.store.WrongPassphraseException;
import org.learnlog.ui.ExecutorBackground;
import org.learnlog.ui.Messages;
import org.learnlog.ui.PassphraseDialog;
import org.learnlog.ui.Views;
import org.learnlog.ui.journal.JournalFileActions;

/** The desktop app: opens the journal off the FX thread, shows the main window, and closes cleanly. */
public final class DesktopApp extends Application {
    private static final System.Logger LOG = System.getLogger(DesktopApp.class.getName());
    private static final String DATA_DIR = "data-dir";
    /** A command that has the journal (a long import, say) is waited for this long before the window says so. */
    private static final Duration OPEN_PATIENCE = Duration.ofSeconds(10);

    private final AppExecutors executors = new AppExecutors();
    private final WindowOwnership ownership = new WindowOwnership();
    private boolean handedOver;
    private boolean needsKey;
    /** The passphrase of an encrypted journal, once typed; a restore opens the journal with it too. */
    private JournalKey key = JournalKey.NONE;
    private Path dataDir;
    private JournalServices services;
    /** The main window on screen; a restore replaces it. */
    private MainWindow window;
    private StoreException openFailure;
    private boolean dark;

    /** Starts the app on the journal in {@code dataDir} and returns when its window has closed. */
    public static void launch(Path dataDir) {
        System.setProperty("javafx.preloader", OpeningNotice.class.getName());
        Application.launch(DesktopApp.class, "--" + DATA_DIR + "=" + dataDir.toAbsolutePath());
    }

    /** Runs on the launcher thread, so the database opens while the FX toolkit starts. */
    @Override
    public void init() {
        HeapReturn.tighten();
        dataDir = Path.of(getParameters().getNamed().get(DATA_DIR));
        // An encrypted journal waits for its passphrase, which only the window can ask for.
        needsKey = DataDirectory.encrypted(dataDir);
        if (!needsKey) {
            openJournal();
        }
    }

    /** Opens the journal with {@link #key}; what goes wrong is kept for {@link #start} to say. */
    private void openJournal() {
        openFailure = null;
        try {
            services = new PatientOpener(dir -> JournalAssembly.open(dir, Clock.systemDefaultZone(), key), OPEN_PATIENCE,
                    said -> { }).open(dataDir);
            dark = readDarkTheme(services);
            ownership.listen(services, dataDir, executors.writer);
        } catch (OwnerListeningException e) {
            // Launched twice at once: the other launch has the journal now, and its window comes forward.
            handedOver = true;
            WindowOwnership.focusOwner(dataDir);
        } catch (StoreException e) {
            if (e instanceof JournalLockedException) {
                LOG.log(Level.INFO, "The journal in " + dataDir + " is open in another process");
            } else if (!(e instanceof WrongPassphraseException)) {
                LOG.log(Level.WARNING, "Can't open the journal in " + dataDir, e);
            }
            openFailure = e;
        }
    }

    /** Asks for the passphrase until it opens the journal (off the FX thread), then starts as usual. */
    private void askKey(Stage stage, String error) {
        // Between the dialog and the window no window is open, which would otherwise end the toolkit.
        Platform.setImplicitExit(false);
        Theme.apply(false);
        Optional<String> passphrase = new PassphraseDialog(Messages.load()).ask(dataDir, error);
        if (passphrase.isEmpty()) {
            Platform.exit();
            return;
        }
        key = JournalKey.of(passphrase.get());
        OpeningWindow opening = new OpeningWindow(new Stage(), OpeningWindow.PATIENCE);
        executors.writer.submit(() -> {
            openJournal();
            Platform.runLater(() -> {
                opening.close();
                if (openFailure instanceof WrongPassphraseException wrong) {
                    askKey(stage, wrong.getMessage());
                } else {
                    needsKey = false;
                    Platform.setImplicitExit(true);
                    start(stage);
                }
            });
        });
    }

    @Override
    public void start(Stage stage) {
        if (needsKey) {
            askKey(stage, "");
            return;
        }
        if (handedOver) {
            Platform.exit();
            return;
        }
        Theme.apply(dark);
        if (openFailure != null) {
            offerRestore(stage);
            return;
        }
        showWindow(stage);
    }

    /** Says why the journal can't be opened; a damaged one with a backup may be restored, then the app goes on. */
    private void offerRestore(Stage stage) {
        Messages messages = Messages.load();
        ButtonType restore = new ButtonType(messages.text("app.restoreNewest"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.text("app.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<Path> backup = openFailure instanceof DamagedJournalException damaged ? damaged.newestBackup() : Optional.empty();
        Alert alert = backup.isPresent() ? new Alert(Alert.AlertType.ERROR, openFailure.getMessage(), restore, quit)
                : new Alert(Alert.AlertType.ERROR, openFailure.getMessage());
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(messages.text("app.openFailed.title"));
        if (backup.isPresent() && alert.showAndWait().orElse(quit) == restore) {
            restoreThenShow(stage, backup.get(), messages);
            return;
        }
        if (backup.isEmpty()) {
            alert.showAndWait();
        }
        Platform.exit();
    }

    /** Restores in the background (the file may be large), then opens the journal and shows the window. */
    private void restoreThenShow(Stage stage, Path backup, Messages messages) {
        swap(stage, restoring(backup, messages), null, key, messages);
    }

    /** What a window asks for that replaces its journal's file: it is closed, replaced and opened again there. */
    private JournalFileActions fileActions(Stage stage) {
        Messages messages = Messages.load();
        return new JournalFileActions() {
            @Override
            public void restore(Backup backup) {
                window.retire();
                swap(stage, restoring(backup.file(), messages), services, key, messages);
            }

            @Override
            public void encrypt(String passphrase) {
                if (key.present()) {
                    new Alert(Alert.AlertType.INFORMATION, messages.text("app.encryptedAlready")).showAndWait();
                    return;
                }
                JournalKey chosen = JournalKey.of(passphrase);
                window.retire();
                swap(stage, new JournalSwap.Work(messages.text("app.encrypting"), () -> messages.text("app.encrypted",
                        JournalEncryption.encrypt(dataDir, chosen, Clock.systemDefaultZone()).rewritten().size()),
                        messages.text("app.encryptFailed")), services, chosen, messages);
            }
        };
    }

    private JournalSwap.Work restoring(Path backup, Messages messages) {
        return new JournalSwap.Work(messages.text("app.restoring", backup), () -> messages.text("backups.restored",
                backup.getFileName(), Restores.restore(backup, dataDir, Clock.systemDefaultZone())),
                messages.text("app.restoreFailed"));
    }

    /** Closes {@code current} (null: none is open), does {@code work}, and shows the journal opened with {@code after}. */
    private void swap(Stage stage, JournalSwap.Work work, JournalServices current, JournalKey after, Messages messages) {
        JournalKey before = key;
        services = null;
        new JournalSwap(dataDir, executors, ownership, messages).swap(work, current, before, after, (opened, said) -> {
            services = opened;
            // Nothing to say means the work failed, and the journal was opened again as it was.
            key = said.isEmpty() ? before : after;
            showWindow(stage);
            if (current != null) {
                JournalSwap.tell(stage, said, messages);
            }
        }, Platform::exit);
    }

    private void showWindow(Stage stage) {
        ExecutorBackground background = new ExecutorBackground(executors.reads, executors.writer);
        window = new MainWindow(stage, services, background, SystemChoosers::folder, SystemChoosers::json,
                fileActions(stage));
        window.darkTheme().set(dark);
        window.darkTheme().addListener((observable, was, now) -> background.write(() -> {
            services.settings().setDarkTheme(now);
            return now;
        }).onError(failure -> LOG.log(Level.WARNING, "Can't save the theme", failure)));
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().add(icon());
            StartupProbe.watch(stage);
        }
        stage.show();
        window.shown();
        ownership.shown(stage, window);
    }

    static Image icon() {
        return new Image(Views.resource("/org/learnlog/app/icon.png").toExternalForm());
    }

    /** Waits for queued writes, then closes the journal so its file is released. */
    @Override
    public void stop() throws InterruptedException {
        ownership.close();
        executors.shutdown();
        if (services != null) {
            services.close();
        }
    }

    /** A settings file that can't be read costs the theme, never the start. */
    private static boolean readDarkTheme(JournalServices services) {
        try {
            return services.settings().darkTheme();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Can't read the theme setting", e);
            return false;
        }
    }
}
