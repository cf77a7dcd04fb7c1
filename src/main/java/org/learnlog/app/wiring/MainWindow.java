package org.learnlog.app.wiring;

import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.WindowPlace;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Background;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.FilePicker;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.LazyScreens;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.StatusLine;
import org.learnlog.ui.View;
import org.learnlog.ui.Windows;
import org.learnlog.ui.goals.GoalDetailModel;
import org.learnlog.ui.journal.DailyBackup;
import org.learnlog.ui.journal.ExpiredCleanup;
import org.learnlog.ui.journal.FirstFrame;
import org.learnlog.ui.journal.JournalFileActions;
import org.learnlog.ui.journal.JournalTransfer;
import org.learnlog.ui.journal.MainWindowController;
import org.learnlog.ui.journal.NoteActions;
import org.learnlog.ui.journal.SidebarModel;
import org.learnlog.ui.journal.WindowPlacer;

/**
 * The composition root's UI half: one main window on one open journal. Each feature's wiring builds its
 * models from the services it needs and registers its controllers; this puts the window together,
 * answers its menus, and starts what waits for the window to be on screen.
 */
public final class MainWindow {
    /** How often the window checks whether a new day has begun. */
    private static final Duration DAY_CHECK = Duration.minutes(1);

    private final Stage stage;
    private final Shared shared;
    private final NotesWiring notes;
    private final SearchWiring search;
    private final SettingsWiring settings;
    private final LibraryWiring library;
    private final DailyBackup backup;
    private final ExpiredCleanup cleanup;
    private final Timeline dayCheck;
    private final MainWindowController frame;
    private final Scene scene;

    /** Builds the window's scene on {@code stage}; the caller shows it. */
    public MainWindow(Stage stage, JournalServices services, Background background, FolderPicker folders,
                      FilePicker files, JournalFileActions fileActions) {
        this(stage, services, background, folders, files, fileActions, true);
    }

    /**
     * Builds the window for {@code stage} without putting it there yet: {@link #attach()} does, once the
     * keys typed into the first frame meanwhile have reached it.
     */
    public static MainWindow prepared(Stage stage, JournalServices services, Background background,
                                      FolderPicker folders, FilePicker files, JournalFileActions fileActions) {
        return new MainWindow(stage, services, background, folders, files, fileActions, false);
    }

    private MainWindow(Stage stage, JournalServices services, Background background, FolderPicker folders,
                       FilePicker files, JournalFileActions fileActions, boolean attachNow) {
        this.stage = stage;
        Messages messages = Messages.load();
        StatusLine status = new StatusLine(messages);
        shared = new Shared(new Windows(messages), messages, background, new JournalEvents(), status, new Navigation(),
                new LongWork(), folders, files);
        notes = new NotesWiring(new NoteActions.Sources(services.notes(), services.trash(), services.drafts(),
                services.export()), new SidebarModel.Sources(services.notes(), services.goals(), services.aids(),
                services.reviews(), services.activity()), services.preview(), shared);
        search = new SearchWiring(services.search(), shared);
        GoalsWiring goals = new GoalsWiring(new GoalDetailModel.Sources(services.reviews(), services.tracking(), services.goals(),
                services.reviewExport(), services.notes(), services.sharing()), services.activity(), shared);
        ReviewWiring review = new ReviewWiring(services.reviews(), services.goals(), shared);
        library = new LibraryWiring(services.libraries(), services.sharing(), services.goals(), services.settings(),
                notes.preview, shared);
        AidsWiring aids = new AidsWiring(services.aids(), notes.preview, shared, library::publish);
        NoteWindowsWiring noteWindows = new NoteWindowsWiring(services.history(), services.trash(), notes.editor, shared);
        settings = new SettingsWiring(services.settings(), services.backups(), notes.editor, fileActions, shared);
        JournalTransfer transfer = new JournalTransfer(services.journalImport(), services.journalExport(), background,
                new JournalTransfer.Pickers(folders, files), shared.work(),
                new JournalTransfer.Feedback(status, notes.list, shared.events(), shared.windows()), messages);
        backup = new DailyBackup(services.backups(), background, status, messages);
        cleanup = new ExpiredCleanup(services.trash(), services.history(), background, status);
        dayCheck = new Timeline(new KeyFrame(DAY_CHECK, event -> notes.sidebar.checkDay()));
        dayCheck.setCycleCount(Animation.INDEFINITE);

        ControllerFactory.Builder controllers = ControllerFactory.builder();
        notes.register(controllers, new MainMenu(stage, shared, notes, goals, aids, library, noteWindows, settings, transfer),
                settings.darkTheme(), aids::open, (owner, ids) -> aids.make(owner, ids, NoteFilter.all()));
        search.register(controllers, notes);
        goals.register(controllers);
        review.register(controllers);
        library.register(controllers);
        ControllerFactory factory = controllers.build();
        Windows.Loaded<MainWindowController> main = shared.windows().load(View.MAIN_WINDOW, factory);
        frame = main.controller();
        new LazyScreens(main.controller().screens(), Map.of(
                Place.Screen.GOALS, () -> shared.windows().load(View.GOALS, factory).root(),
                Place.Screen.GOAL, () -> shared.windows().load(View.GOAL_DETAIL, factory).root(),
                Place.Screen.REVIEW, () -> shared.windows().load(View.REVIEW, factory).root(),
                Place.Screen.LIBRARY, () -> shared.windows().load(View.LIBRARY, factory).root()))
                .install(shared.navigation());
        scene = shared.windows().scene((Parent) main.root());
        if (attachNow) {
            attach();
        }
    }

    /** Puts the window's scene on its stage. */
    public void attach() {
        stage.setScene(scene);
        shared.windows().dress(stage, shared.messages().text("app.title"));
        notes.attach(stage);
    }

    /** Puts the window where it was last time, or fits it to the screen; where it is, is kept as it closes. */
    public void place(Optional<WindowPlace> place) {
        WindowPlacer.apply(stage, place, frame.splits());
        stage.setOnHiding(event -> settings.keepPlace(WindowPlacer.capture(stage, frame.splits())));
    }

    /** Where the window is now. */
    public WindowPlace where() {
        return WindowPlacer.capture(stage, frame.splits());
    }

    /**
     * Work that waits for the window to be on screen: the search index check, unsaved drafts, the day's
     * backup, and letting go of what the trash and the history keep no longer.
     */
    public void shown() {
        notes.editor.focusTitle();
        search.shown();
        notes.shown(stage);
        backup.start();
        cleanup.run();
        dayCheck.play();
        library.start();
    }

    /** Takes what was typed into the first frame as the new note on screen, the cursor where it was. */
    public void carryOver(FirstFrame.Typed typed) {
        notes.carryOver(typed, scene);
    }

    /** Stops the window's own timed work before its journal closes, for a restore that replaces it. */
    public void retire() {
        backup.stop();
        dayCheck.stop();
        library.stop();
    }

    /** A command handed over by a later process (`learnlog add …`) has run: show what it changed. */
    public void journalChanged(String command) {
        shared.events().publish(new JournalEvents.JournalReplaced());
        shared.status().report(shared.messages().text("handoff.ran", command));
    }

    /** `learnlog capture`, handed over or at start: the quick-capture window over this one. */
    public void quickCapture() {
        notes.capture.show(stage);
    }

    /** Whether the dark theme is on; File → Dark theme flips it. */
    public BooleanProperty darkTheme() {
        return settings.darkTheme();
    }
}
