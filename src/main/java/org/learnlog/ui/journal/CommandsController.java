package org.learnlog.ui.journal;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/** The menu bar and the toolbar: every action of the main window, with its shortcut. */
public final class CommandsController {
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
    private MenuItem copyWholeItem;
    @FXML
    private MenuItem publishItem;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private MenuBar menuBar;

    private final JournalMenu menu;
    private final NoteActions selected;
    private final NoteListModel list;
    private final Navigation navigation;
    private final BooleanProperty darkTheme;
    private final Messages messages;

    public CommandsController(JournalMenu menu, NoteActions selected, NoteListModel list, Navigation navigation,
                              BooleanProperty darkTheme, Messages messages) {
        this.messages = messages;
        this.menu = menu;
        this.selected = selected;
        this.list = list;
        this.navigation = navigation;
        this.darkTheme = darkTheme;
    }

    @FXML
    private void initialize() {
        BooleanBinding none = Bindings.isEmpty(selected.selected());
        for (var control : List.of(exportButton, copyButton, deleteButton)) {
            control.disableProperty().bind(none);
        }
        exportItem.disableProperty().bind(none);
        copyItem.disableProperty().bind(none);
        copyWholeItem.disableProperty().bind(none);
        publishItem.disableProperty().bind(Bindings.size(selected.selected()).isNotEqualTo(1));
        darkThemeItem.selectedProperty().bindBidirectional(darkTheme);
    }

    /** Ctrl+Shift+P: every action, filtered as you type. */
    @FXML
    void commandPalette() {
        new CommandPalette(menuBar, messages).show(window(), false);
    }

    /** F1: the actions that have a shortcut, with it. */
    @FXML
    void shortcuts() {
        new CommandPalette(menuBar, messages).show(window(), true);
    }

    @FXML
    void newNote() {
        menu.newNote();
    }

    @FXML
    void quickCapture() {
        menu.quickCapture();
    }

    @FXML
    void newGoal() {
        menu.newGoal();
    }

    @FXML
    void saveNote() {
        menu.saveNote();
    }

    @FXML
    void makeAid() {
        menu.makeAid(window());
    }

    @FXML
    void publish() {
        menu.publish(window());
    }

    @FXML
    void exportSelected() {
        selected.export(window());
    }

    @FXML
    void copySelected() {
        selected.copy();
    }

    @FXML
    void copyWithMetadata() {
        selected.copyWithMetadata();
    }

    @FXML
    void deleteSelected() {
        selected.delete();
    }

    @FXML
    void importFolder() {
        menu.importFolder(window());
    }

    @FXML
    void importJrnl() {
        menu.importJrnl(window());
    }

    @FXML
    void exportJournal() {
        menu.exportJournal(window());
    }

    @FXML
    void showHistory() {
        menu.showHistory(window());
    }

    @FXML
    void showTrash() {
        menu.showTrash(window());
    }

    @FXML
    void showBackups() {
        menu.showBackups(window());
    }

    @FXML
    void encryptJournal() {
        menu.encrypt(window());
    }

    @FXML
    void editPreferences() {
        menu.preferences(window());
    }

    @FXML
    void goToday() {
        navigation.go(Place.notes(list.today()));
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

    @FXML
    void goLibrary() {
        navigation.go(Place.library());
    }

    /** Closes the window the way its close button does, so the note on screen is saved first. */
    @FXML
    void quit() {
        Window window = window();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private Window window() {
        return exportButton.getScene().getWindow();
    }
}
