package org.learnlog.app;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Background;
import org.learnlog.ui.FilePicker;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.LazyScreens;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.Views;
import org.learnlog.ui.aids.AidMaker;
import org.learnlog.ui.editor.DraftRecovery;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.editor.MarkdownPreview;
import org.learnlog.ui.editor.NoteEditorController;
import org.learnlog.ui.goals.GoalDetailController;
import org.learnlog.ui.goals.GoalDetailModel;
import org.learnlog.ui.goals.GoalDialog;
import org.learnlog.ui.goals.GoalPrompts;
import org.learnlog.ui.goals.GoalsController;
import org.learnlog.ui.goals.GoalsModel;
import org.learnlog.ui.journal.DailyBackup;
import org.learnlog.ui.journal.ExpiredCleanup;
import org.learnlog.ui.journal.JournalFileActions;
import org.learnlog.ui.journal.NoteListModel;
import org.learnlog.ui.journal.JournalTransfer;
import org.learnlog.ui.journal.MainWindowController;
import org.learnlog.ui.journal.NoteActions;
import org.learnlog.ui.journal.NoteWindows;
import org.learnlog.ui.journal.PreferencesAction;
import org.learnlog.ui.journal.StatusBarController;
import org.learnlog.ui.review.ReviewController;
import org.learnlog.ui.review.ReviewModel;

/** The composition root's UI half: models, controllers and the main window's scene, wired by hand. */
public final class MainWindow {
    private final MainWindowController controller;
    private final Stage stage;
    private final DraftRecovery drafts;
    private final DailyBackup backup;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final NoteListModel journal;
    private final Messages messages;
    private final ExpiredCleanup cleanup;

    /** Builds the window's scene on {@code stage}; the caller shows it. */
    public MainWindow(Stage stage, JournalServices services, Background background, FolderPicker folders,
                      FilePicker files, JournalFileActions fileActions) {
        this.stage = stage;
        messages = Messages.load();
        Navigation navigation = new Navigation();
        journal = new NoteListModel(services, background, navigation, messages);
        EditorModel editor = new EditorModel(services.notes(), services.drafts(), background, messages,
                note -> journal.refresh());
        drafts = new DraftRecovery(services.drafts(), services.notes(), editor, background, messages, journal::refresh);
        backup = new DailyBackup(services.backups(), background, journal, messages);
        cleanup = new ExpiredCleanup(services.trash(), services.history(), background, journal);
        NoteActions actions = new NoteActions(services, journal, editor, background, folders, messages);
        LongWork work = new LongWork();
        JournalTransfer transfer = new JournalTransfer(services, journal, background, folders, files, work, messages);
        String css = Views.resource("/org/learnlog/ui/app.css").toExternalForm();
        AidMaker aidMaker = new AidMaker(services.aids(), background, folders,
                new MarkdownPreview(services.preview(), background, messages), messages, css, journal::refresh);
        MarkdownPreview preview = new MarkdownPreview(services.preview(), background, messages);
        GoalDialog goalDialog = new GoalDialog(messages);
        Runnable newGoal = () -> goalDialog.ask(stage, services.notes().today()).ifPresent(journal::createGoal);
        BiConsumer<String, UUID> openNote = (slug, id) -> {
            navigation.go(Place.notes(NoteFilter.goal(slug)));
            editor.open(id);
        };
        ControllerFactory controllers = new ControllerFactory(Map.of(
                MainWindowController.class,
                () -> new MainWindowController(journal, editor, actions,
                        new NoteWindows(services, journal, editor, background, messages, css, fileActions), transfer, aidMaker,
                        new PreferencesAction(services.settings(), journal, background, messages), work,
                        newGoal, navigation, darkTheme, services.search(), background, messages),
                StatusBarController.class,
                () -> new StatusBarController(journal, work),
                NoteEditorController.class,
                () -> new NoteEditorController(editor, journal.goals(), journal.tags(), preview, messages),
                GoalsController.class,
                () -> new GoalsController(new GoalsModel(services, background, messages), navigation, journal.goals(),
                        newGoal, messages),
                GoalDetailController.class,
                () -> new GoalDetailController(new GoalDetailModel(services, background, journal::refresh, messages),
                        navigation, folders, openNote, messages, css),
                ReviewController.class,
                () -> new ReviewController(new ReviewModel(services, background, journal::refresh, messages), navigation,
                        new GoalPrompts(messages), messages)));
        Theme.apply(false);
        darkTheme.addListener((observable, was, dark) -> Theme.apply(dark));
        var loader = Views.load("/org/learnlog/ui/journal/MainWindow.fxml", controllers, messages.bundle());
        Scene scene = new Scene(loader.<Parent>getRoot());
        controller = loader.getController();
        new LazyScreens(controller.screens(), Map.of(
                Place.Screen.GOALS, () -> screen("/org/learnlog/ui/goals/Goals.fxml", controllers, messages),
                Place.Screen.GOAL, () -> screen("/org/learnlog/ui/goals/GoalDetail.fxml", controllers, messages),
                Place.Screen.REVIEW, () -> screen("/org/learnlog/ui/review/Review.fxml", controllers, messages)))
                .install(navigation);
        scene.getStylesheets().add(css);
        stage.setScene(scene);
        stage.setTitle(messages.text("app.title"));
        controller.attach(stage);
    }

    private static Node screen(String fxml, ControllerFactory controllers, Messages messages) {
        return Views.load(fxml, controllers, messages.bundle()).getRoot();
    }

    /**
     * Work that waits for the window to be on screen: the search index check, unsaved drafts, the day’s
     * backup, and letting go of what the trash and the history keep no longer.
     */
    public void shown() {
        controller.windowShown();
        drafts.offer(stage);
        backup.start();
        cleanup.run();
    }

    /** Stops the window's own timed work before its journal closes, for a restore that replaces it. */
    public void retire() {
        backup.stop();
    }

    /** A command handed over by a later process (`learnlog add …`) has run: show what it changed. */
    public void journalChanged(String command) {
        journal.refresh();
        journal.report(messages.text("handoff.ran", command));
    }

    public MainWindowController controller() {
        return controller;
    }

    /** Whether the dark theme is on; View → Dark theme flips it. */
    public BooleanProperty darkTheme() {
        return darkTheme;
    }
}
