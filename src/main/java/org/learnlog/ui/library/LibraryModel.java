package org.learnlog.ui.library;

import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LineDiff;
import org.learnlog.model.LibraryView;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.Goals;
import org.learnlog.service.Libraries;
import org.learnlog.service.LibrarySharing;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/**
 * The Library screen's state and commands: the team libraries, what the chosen one holds (searched and
 * filtered by tag), and syncing, adopting, feedback and publishing. Network work runs off the FX thread;
 * a library that can't be reached is said in the status line and blocks nothing.
 */
public final class LibraryModel {
    private final Libraries libraries;
    private final LibrarySharing sharing;
    private final Goals goals;
    private final Background background;
    private final JournalEvents events;
    private final Messages messages;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty current = new SimpleStringProperty();
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final LibraryFilter filter = new LibraryFilter(entries);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> goalSlugs = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryEntry> selected = new SimpleObjectProperty<>();
    private final UpdateDiff update;
    private final LibraryItemActions actions;
    private final LibraryAdmin admin;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty waiting = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Stops the watch on the chosen library's folder. */
    private Runnable unwatch = () -> { };

    public LibraryModel(Libraries libraries, LibrarySharing sharing, Goals goals, Background background,
                        JournalEvents events, Messages messages) {
        this.libraries = libraries;
        this.sharing = sharing;
        this.goals = goals;
        this.background = background;
        this.events = events;
        this.messages = messages;
        current.addListener((observable, old, name) -> {
            refresh();
            watch(name);
        });
        update = new UpdateDiff(sharing, background, failure -> failed("library.load", failure));
        actions = new LibraryItemActions(this, sharing, background, events, messages);
        admin = new LibraryAdmin(this, libraries, background, messages);
        selected.addListener((observable, old, entry) -> update.compare(entry, selected::get));
    }

    /** Reads the libraries, keeping the chosen one if it is still there, and what it holds. */
    public void load() {
        background.read(goals::all).onSuccess(all -> goalSlugs.setAll(all.stream()
                .filter(goal -> goal.status() == GoalStatus.ACTIVE).map(Goal::slug).toList()));
        background.read(libraries::all).onSuccess(all -> {
            names.setAll(all.stream().map(TeamLibrary::name).toList());
            if (current.get() == null || !names.contains(current.get())) {
                current.set(names.isEmpty() ? null : names.get(0));
            } else {
                refresh();
            }
        }).onError(failure -> failed("library.load", failure));
    }

    /** Brings in the team's changes and sends the user's, then shows the library as it is. */
    public void sync() {
        String name = current.get();
        if (name == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.text("library.syncing", name));
        background.read(() -> libraries.sync(name)).onSuccess(outcome -> {
            busy.set(false);
            status.set(messages.text(switch (outcome) {
                case UP_TO_DATE -> "library.synced";
                case PUBLISHED -> "library.published";
                case WAITING -> "library.stillWaiting";
            }, name));
            refresh();
        }).onError(failure -> {
            busy.set(false);
            if (LibraryAdmin.wantsToken(failure)) {
                status.set(messages.text("library.tokenRefused", name));
            } else {
                failed("library.sync.action", failure);
            }
            admin.sawRefusal(name, failure);
            refresh();
        });
    }

    /** Shows a shared folder's changes as they come; a git library's come with a sync. */
    private void watch(String name) {
        unwatch.run();
        unwatch = () -> { };
        if (name != null) {
            background.read(() -> libraries.watch(name, () -> Platform.runLater(this::refresh))).onSuccess(stop -> {
                if (name.equals(current.get())) {
                    unwatch = stop;
                } else {
                    stop.run();
                }
            });
        }
    }

    /** The lines of the selected item's newer version against the journal's copy; empty without one. */
    public ObservableList<LineDiff.Line> update() {
        return update.lines();
    }

    /** Reads the chosen library again: what changed in it, as a publish made elsewhere changes it. */
    public void refresh() {
        String name = current.get();
        if (name == null) {
            entries.clear();
            tags.clear();
            waiting.set(false);
            return;
        }
        background.read(() -> libraries.look(name)).onSuccess(this::show).onError(failure -> failed("library.load", failure));
    }

    private void show(LibraryView view) {
        UUID was = selected.get() == null ? null : selected.get().item().id();
        entries.setAll(view.entries());
        tags.setAll(view.entries().stream().flatMap(entry -> entry.item().tags().stream()).distinct().sorted().toList());
        waiting.set(view.waiting());
        entries.stream().filter(entry -> entry.item().id().equals(was)).findFirst().ifPresent(selected::set);
    }

    /** Says {@code text} in the status line. */
    void say(String text) {
        status.set(text);
    }

    void failed(String actionKey, Throwable failure) {
        status.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    /** Adding, renewing a token, removing. */
    public LibraryAdmin admin() {
        return admin;
    }

    /** Adopt, Keep mine and feedback, on the chosen library's items. */
    public LibraryItemActions actions() {
        return actions;
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty current() {
        return current;
    }

    public ObservableList<LibraryEntry> shown() {
        return filter.shown();
    }

    /** The slugs of the active goals, to link an adopted item to. */
    public ObservableList<String> goals() {
        return goalSlugs;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty query() {
        return filter.query();
    }

    public StringProperty tag() {
        return filter.tag();
    }

    public ObjectProperty<LibraryEntry> selected() {
        return selected;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty waiting() {
        return waiting;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
