package org.learnlog.app.wiring;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.Place;
import org.learnlog.ui.journal.JournalMenu;
import org.learnlog.ui.journal.JournalTransfer;

/** What the main window's menus and toolbar ask for, each handed to the feature that does it. */
final class MainMenu implements JournalMenu {
    private final Stage stage;
    private final Shared shared;
    private final NotesWiring notes;
    private final GoalsWiring goals;
    private final AidsWiring aids;
    private final LibraryWiring library;
    private final NoteWindowsWiring noteWindows;
    private final SettingsWiring settings;
    private final JournalTransfer transfer;

    MainMenu(Stage stage, Shared shared, NotesWiring notes, GoalsWiring goals, AidsWiring aids, LibraryWiring library,
             NoteWindowsWiring noteWindows, SettingsWiring settings, JournalTransfer transfer) {
        this.stage = stage;
        this.shared = shared;
        this.notes = notes;
        this.goals = goals;
        this.aids = aids;
        this.library = library;
        this.noteWindows = noteWindows;
        this.settings = settings;
        this.transfer = transfer;
    }

    @Override
    public void newNote() {
        notes.editor.saveThen(() -> {
            if (!shared.navigation().isAt(Place.Screen.NOTES)) {
                shared.navigation().go(Place.notes(notes.list.filterProperty().get()));
            }
            notes.editor.startNew(notes.list.today().day(), notes.list.filterProperty().get());
            notes.editor.focusTitle();
        });
    }

    @Override
    public void quickCapture() {
        notes.capture.show(stage);
    }

    @Override
    public void newGoal() {
        goals.newGoal(stage);
    }

    @Override
    public void saveNote() {
        notes.editor.save();
    }

    @Override
    public void makeAid(Window owner) {
        notes.editor.saveThen(() -> aids.make(owner, notes.actions.selected().stream().map(NoteSummary::id).toList(),
                notes.list.filterProperty().get()));
    }

    @Override
    public void publish(Window owner) {
        List<NoteSummary> selected = List.copyOf(notes.actions.selected());
        if (selected.size() == 1) {
            notes.editor.saveThen(() -> library.publish(owner, selected.get(0).id(), selected.get(0).title()));
        }
    }

    @Override
    public void importFolder(Window owner) {
        transfer.importFolder(owner);
    }

    @Override
    public void importJrnl(Window owner) {
        transfer.importJrnl(owner);
    }

    @Override
    public void exportJournal(Window owner) {
        transfer.exportJournal(owner);
    }

    @Override
    public void showHistory(Window owner) {
        noteWindows.showHistory(owner);
    }

    @Override
    public void showTrash(Window owner) {
        noteWindows.showTrash(owner);
    }

    @Override
    public void showBackups(Window owner) {
        settings.showBackups(owner);
    }

    @Override
    public void encrypt(Window owner) {
        settings.encrypt(owner);
    }

    @Override
    public void preferences(Window owner) {
        settings.preferences(owner);
    }
}
