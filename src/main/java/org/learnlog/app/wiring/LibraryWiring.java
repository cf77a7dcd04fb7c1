package org.learnlog.app.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.util.Duration;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.Goals;
import org.learnlog.service.Libraries;
import org.learnlog.service.LibrarySharing;
import org.learnlog.service.Settings;
import org.learnlog.service.SyncOutcome;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Place;
import org.learnlog.ui.View;
import org.learnlog.ui.editor.MarkdownPreview;
import org.learnlog.ui.library.LibraryController;
import org.learnlog.ui.library.LibraryModel;
import org.learnlog.ui.library.LibrarySettingsController;
import org.learnlog.ui.library.MergeDialogController;

/**
 * The team library feature: the Library screen, publishing the selected note or an aid to a library, and
 * syncing the libraries at start and every {@link #EVERY} unless Preferences turned it off.
 */
final class LibraryWiring {
    static final Duration EVERY = Duration.minutes(15);
    private final Libraries libraries;
    private final LibrarySharing sharing;
    private final Settings settings;
    private final Timeline clock = new Timeline(new KeyFrame(EVERY, event -> syncAll()));
    private final Shared shared;
    private final LibraryModel model;
    private final MarkdownPreview preview;

    LibraryWiring(Libraries libraries, LibrarySharing sharing, Goals goals, Settings settings, MarkdownPreview preview,
                  Shared shared) {
        this.libraries = libraries;
        this.sharing = sharing;
        this.settings = settings;
        clock.setCycleCount(Animation.INDEFINITE);
        this.shared = shared;
        this.preview = preview;
        model = new LibraryModel(libraries, sharing, goals, shared.background(), shared.events(), shared.messages());
        model.status().addListener((observable, old, text) -> shared.status().report(text));
    }

    void register(ControllerFactory.Builder controllers) {
        controllers.add(LibraryController.class, () -> new LibraryController(model, shared.navigation(), preview,
                shared.messages(), this::merge));
        controllers.add(LibrarySettingsController.class, () -> new LibrarySettingsController(model, shared.windows(),
                shared.messages()));
    }

    private Optional<String> merge(Window owner, LibraryItem other, String mine) {
        return shared.windows().<String>dialog(View.MERGE_DIALOG, ControllerFactory.of(MergeDialogController.class,
                () -> new MergeDialogController(other, mine, shared.messages())), owner,
                shared.messages().text("library.mergeTitle")).showAndWait();
    }

    /** Syncs now and by the clock, once the window is up. */
    void start() {
        syncAll();
        clock.play();
    }

    void stop() {
        clock.stop();
    }

    /** Syncs every library in the background; one that can't be reached is said in the status line and skipped. */
    private void syncAll() {
        shared.background().read(() -> {
            List<String> failures = new ArrayList<>();
            if (settings.librariesSync()) {
                for (TeamLibrary library : libraries.all()) {
                    try {
                        libraries.sync(library.name());
                    } catch (RuntimeException e) {
                        failures.add(shared.messages().text("library.autoSyncFailed", library.name(), Errors.describe(e)));
                    }
                }
            }
            return failures;
        }).onSuccess(failures -> {
            failures.forEach(shared.status()::report);
            if (shared.navigation().isAt(Place.Screen.LIBRARY)) {
                model.load();
            }
        }).onError(failure -> shared.status().failed("library.sync.action", failure));
    }

    /** Publishes the journal's aid or note {@code id} to {@code library}, and says how it went. */
    private void publish(UUID id, String library) {
        shared.background().write(() -> sharing.publish(id, library)).onSuccess(published -> {
            String title = published.item().title();
            Messages messages = shared.messages();
            shared.status().report(published.conflict()
                    ? messages.text("library.publishConflict", title, published.item().path())
                    : published.unchanged() ? messages.text("library.publishUnchanged", title, library)
                    : published.outcome() == SyncOutcome.WAITING ? messages.text("library.publishWaiting", title, library)
                    : messages.text("library.publishDone", title, library, published.item().version()));
            model.refresh();
        }).onError(failure -> shared.status().failed("library.publish.action", failure));
    }

    /** Asks which library, then publishes the journal's aid or note {@code id}, called {@code title}. */
    void publish(Window owner, UUID id, String title) {
        shared.background().read(libraries::all).onSuccess(all -> {
            if (all.isEmpty()) {
                shared.windows().inform(owner, Alert.AlertType.INFORMATION, shared.messages().text("library.publishTitle"),
                        shared.messages().text("library.noLibraries"));
                return;
            }
            List<ButtonType> choices = new ArrayList<>();
            all.stream().map(TeamLibrary::name).forEach(name -> choices.add(new ButtonType(name, ButtonData.OTHER)));
            choices.add(ButtonType.CANCEL);
            shared.windows().ask(owner, Alert.AlertType.CONFIRMATION, shared.messages().text("library.publishHeader", title),
                    shared.messages().text("library.publishChoose"), choices, choices.get(0), "publish-to-first")
                    .filter(choice -> choice != ButtonType.CANCEL)
                    .ifPresent(choice -> publish(id, choice.getText()));
        }).onError(failure -> shared.status().failed("library.publish.action", failure));
    }
}
