package org.learnlog.ui.journal;

import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.SearchHit;
import org.learnlog.service.Search;
import org.learnlog.ui.Background;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.aids.AidMaker;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.editor.NoteEditorController;
import org.learnlog.ui.search.SearchModel;

/** The main window: sidebar filters, the note list, the editor, the toolbar and its shortcuts. */
public final class MainWindowController {
    @FXML
    private TreeView<SidebarItem> sidebar;
    @FXML
    private ListView<NoteSummary> noteList;
    @FXML
    private Button exportButton;
    @FXML
    private Button copyButton;
    @FXML
    private Button deleteButton;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem copyItem;
    @FXML
    private NoteEditorController editorController;
    @FXML
    private StackPane screens;
    @FXML
    private TextField searchField;
    @FXML
    private VBox searchPane;
    @FXML
    private Label searchSummary;
    @FXML
    private ListView<SearchHit> searchResults;
    @FXML
    private VBox notesScreen;
    @FXML
    private StackPane heatmapPane;
    @FXML
    private CheckMenuItem darkThemeItem;

    private final NoteListModel journal;
    private final EditorModel editor;
    private final NoteActions actions;
    private final JournalTransfer transfer;
    private final AidMaker aidMaker;
    private final PreferencesAction preferences;
    private final Runnable newGoal;
    private final Navigation navigation;
    private final BooleanProperty darkTheme;
    private final Messages messages;
    private final SearchIndexCheck indexCheck;
    private final SearchBinding searchBinding;
    private final NoteWindows windows;
    private SelectedNotes selection;

    /** {@code newGoal} asks for a goal and creates it; {@code darkTheme} is the theme switch. */
    public MainWindowController(NoteListModel journal, EditorModel editor, NoteActions actions, NoteWindows windows,
                                JournalTransfer transfer, AidMaker aidMaker, PreferencesAction preferences,
                                LongWork work, Runnable newGoal, Navigation navigation, BooleanProperty darkTheme,
                                Search search, Background background, Messages messages) {
        this.preferences = preferences;
        this.journal = journal;
        this.editor = editor;
        this.actions = actions;
        this.windows = windows;
        this.transfer = transfer;
        this.aidMaker = aidMaker;
        this.newGoal = newGoal;
        this.navigation = navigation;
        this.darkTheme = darkTheme;
        this.messages = messages;
        this.indexCheck = new SearchIndexCheck(search, journal, background, work, messages);
        this.searchBinding = new SearchBinding(new SearchModel(search, background, messages), editor, journal, navigation);
    }

    @FXML
    private void initialize() {
        new SidebarNavigation(sidebar, journal, navigation, aidMaker, messages);
        notesScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.NOTES));
        notesScreen.visibleProperty().addListener((observable, was, visible) -> {
            if (!visible) {
                editor.save();
            }
        });
        new HeatmapShelf(heatmapPane, journal, messages).install();
        darkThemeItem.selectedProperty().bindBidirectional(darkTheme);
        selection = new SelectedNotes(noteList, actions);
        selection.install(exportButton, copyButton, deleteButton, exportItem, copyItem);
        new NoteListBinding(noteList, journal, editor).install(messages, selection::delete);
        searchBinding.install(searchField, searchPane, searchSummary, searchResults, messages);
    }

    /** Installs the save-before-close guard and the search shortcuts once the window exists. */
    public void attach(Stage stage) {
        new CloseGuard(editor, messages).install(stage);
        searchBinding.installShortcuts(stage.getScene(), searchField);
        journal.refresh();
    }

    /** Where the screens beside the sidebar go; the notes are there from the start. */
    public StackPane screens() {
        return screens;
    }

    /** Called once the window is on screen: starts the things that may take a moment. */
    public void windowShown() {
        editorController.focusTitle();
        indexCheck.run();
        searchBinding.windowShown();
    }

    @FXML
    void newNote() {
        editor.saveThen(() -> {
            if (!navigation.isAt(Place.Screen.NOTES)) {
                navigation.go(Place.notes(journal.filterProperty().get()));
            }
            noteList.getSelectionModel().clearSelection();
            editor.startNew(journal.today().day(), journal.filterProperty().get());
            editorController.focusTitle();
        });
    }

    @FXML
    void newGoal() {
        newGoal.run();
    }

    @FXML
    void goToday() {
        navigation.go(Place.notes(journal.today()));
    }

    @FXML
    void goAll() {
        navigation.go(Place.notes(NoteFilter.all()));
    }

    @FXML
    void goReview() {
        navigation.go(Place.review());
    }

    @FXML
    void goGoals() {
        navigation.go(Place.goals());
    }

    /** Makes an aid from the selected notes, or from the notes the list shows when none is selected. */
    @FXML
    void makeAid() {
        editor.saveThen(() -> aidMaker.open(window(), selection.selected().stream().map(NoteSummary::id).toList(),
                journal.filterProperty().get()));
    }

    @FXML
    void editPreferences() {
        preferences.edit(window(), this::encryptJournal);
    }

    @FXML
    void saveNote() {
        editor.save();
    }

    @FXML
    void exportJournal() {
        transfer.exportJournal(window());
    }

    @FXML
    void importFolder() {
        transfer.importFolder(window());
    }

    @FXML
    void importJrnl() {
        transfer.importJrnl(window());
    }

    /** Closes the window the way its close button does, so the note on screen is saved first. */
    @FXML
    void quit() {
        Window window = window();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    void showTrash() {
        windows.showTrash(window());
    }

    @FXML
    void encryptJournal() {
        windows.encrypt(window());
    }

    @FXML
    void showBackups() {
        windows.showBackups(window());
    }

    @FXML
    void showHistory() {
        windows.showHistory(window());
    }

    private Window window() {
        return noteList.getScene().getWindow();
    }
}
