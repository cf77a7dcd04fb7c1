package org.learnlog.app.wiring;

import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.learnlog.service.Backup;
import org.learnlog.model.WindowPlace;
import org.learnlog.service.Backups;
import org.learnlog.service.Settings;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.Theme;
import org.learnlog.ui.View;
import org.learnlog.ui.backup.BackupsController;
import org.learnlog.ui.backup.BackupsModel;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.journal.JournalFileActions;
import org.learnlog.ui.settings.NewPassphraseController;
import org.learnlog.ui.settings.PreferenceValues;
import org.learnlog.ui.settings.PreferencesController;

/**
 * The settings feature: preferences, the dark theme (remembered), encrypting the journal, and its
 * backups with a restore. A restore or an encryption replaces the journal's file: the note on screen
 * is saved first, then the app closes the journal, does it, and opens it again.
 */
final class SettingsWiring {
    private static final System.Logger LOG = System.getLogger(SettingsWiring.class.getName());

    private final Settings settings;
    private final Backups backups;
    private final EditorModel editor;
    private final JournalFileActions fileActions;
    private final Shared shared;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();

    SettingsWiring(Settings settings, Backups backups, EditorModel editor, JournalFileActions fileActions,
                   Shared shared) {
        this.settings = settings;
        this.backups = backups;
        this.editor = editor;
        this.fileActions = fileActions;
        this.shared = shared;
        darkTheme.addListener((observable, was, now) -> {
            Theme.apply(now);
            shared.background().write(() -> {
                settings.setDarkTheme(now);
                return now;
            }).onError(failure -> LOG.log(Level.WARNING, "Can't save the theme", failure));
        });
    }

    BooleanProperty darkTheme() {
        return darkTheme;
    }

    /** Keeps where the window is for the next start, on the writer thread. */
    void keepPlace(WindowPlace place) {
        shared.background().write(() -> {
            settings.setWindowPlace(place);
            return place;
        }).onError(failure -> LOG.log(Level.WARNING, "Can't keep the window's place", failure));
    }

    void preferences(Window owner) {
        shared.background().read(() -> new PreferenceValues(settings.author(), settings.email(),
                settings.librariesSync(), settings.language())).onSuccess(current -> shared.windows()
                .<PreferenceValues>dialog(View.PREFERENCES, ControllerFactory.of(PreferencesController.class,
                        () -> new PreferencesController(current, () -> encrypt(owner), shared.messages())), owner,
                shared.messages().text("preferences.title")).showAndWait().ifPresent(this::setPreferences))
                .onError(failure -> shared.status().failed("action.preferences", failure));
    }

    private void setPreferences(PreferenceValues chosen) {
        shared.background().write(() -> {
            settings.setAuthor(chosen.name());
            settings.setEmail(chosen.email());
            settings.setLibrariesSync(chosen.autoSync());
            settings.setLanguage(chosen.language());
            return settings.author();
        }).onSuccess(saved -> shared.status().report(shared.messages().text("preferences.saved", saved)))
                .onError(failure -> shared.status().failed("action.preferences", failure));
    }

    /** Asks for a new passphrase, with the warning that it can't be recovered, then saves the note and encrypts. */
    void encrypt(Window owner) {
        shared.windows().<String>dialog(View.NEW_PASSPHRASE, ControllerFactory.of(NewPassphraseController.class,
                () -> new NewPassphraseController(shared.messages())), owner, shared.messages().text("app.title"))
                .showAndWait().ifPresent(passphrase -> editor.saveThen(() -> fileActions.encrypt(passphrase)));
    }

    /** A restore saves the note on screen first, so nothing typed is left out of the journal kept aside. */
    void showBackups(Window owner) {
        Consumer<Backup> restorer = backup -> editor.saveThen(() -> fileActions.restore(backup));
        BackupsModel model = new BackupsModel(backups, shared.background(), restorer, shared.messages());
        shared.windows().window(View.BACKUPS, ControllerFactory.of(BackupsController.class,
                        () -> new BackupsController(model, shared.windows(), shared.messages())), owner,
                shared.messages().text("backups.window")).stage().show();
    }
}
