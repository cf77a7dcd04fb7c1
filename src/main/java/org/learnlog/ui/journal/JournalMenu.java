package org.learnlog.ui.journal;

import javafx.stage.Window;

/**
 * What the main window's menus and toolbar ask for beyond the note list, each done by the feature
 * that owns it: new notes and goals, aids, import and export, and the windows beside the journal.
 */
public interface JournalMenu {
    void newNote();

    void newGoal();

    /** One line, saved on Enter, in a small window over the work. */
    void quickCapture();

    void saveNote();

    /** An aid from the selected notes, or from the notes the list shows when none is selected. */
    void makeAid(Window owner);

    /** The selected note (saved first) to a team library, which the user picks. */
    void publish(Window owner);

    void importFolder(Window owner);

    void importJrnl(Window owner);

    void exportJournal(Window owner);

    void showHistory(Window owner);

    void showTrash(Window owner);

    void showBackups(Window owner);

    void encrypt(Window owner);

    void preferences(Window owner);
}
