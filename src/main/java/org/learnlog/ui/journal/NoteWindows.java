package org.learnlog.ui.journal;

import javafx.stage.Window;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Background;
import org.learnlog.ui.Messages;
import org.learnlog.ui.PassphraseDialog;
import org.learnlog.ui.backup.BackupsModel;
import org.learnlog.ui.backup.BackupsView;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.history.HistoryModel;
import org.learnlog.ui.history.HistoryView;
import org.learnlog.ui.trash.TrashModel;
import org.learnlog.ui.trash.TrashView;

/** Opens the windows beside the journal: the trash, the backups, encryption, and the history of the note on screen. */
public final class NoteWindows {
    private final JournalServices services;
    private final NoteListModel journal;
    private final EditorModel editor;
    private final Background background;
    private final Messages messages;
    private final String css;
    private final JournalFileActions fileActions;

    public NoteWindows(JournalServices services, NoteListModel journal, EditorModel editor, Background background,
                       Messages messages, String css, JournalFileActions fileActions) {
        this.services = services;
        this.journal = journal;
        this.editor = editor;
        this.background = background;
        this.messages = messages;
        this.css = css;
        this.fileActions = fileActions;
    }

    void showTrash(Window owner) {
        new TrashView(new TrashModel(services.trash(), background, journal::refresh, messages), messages).show(owner, css);
    }

    /** A restore saves the note on screen first, so nothing typed is left out of the journal kept aside. */
    void showBackups(Window owner) {
        BackupsModel model = new BackupsModel(services.backups(), background,
                backup -> editor.saveThen(() -> fileActions.restore(backup)), messages);
        new BackupsView(model, messages).show(owner, css);
    }

    /** Asks for a new passphrase, with the warning that it can't be recovered, then saves the note and encrypts. */
    void encrypt(Window owner) {
        new PassphraseDialog(messages).chooseNew(owner)
                .ifPresent(passphrase -> editor.saveThen(() -> fileActions.encrypt(passphrase)));
    }

    /** Saves the note on screen first, so its history ends with what the user sees; a new note has none yet. */
    void showHistory(Window owner) {
        editor.saveThen(() -> {
            HistoryModel model = new HistoryModel(services.history(), background, editor::saveThen, note -> {
                if (editor.isEditing(note.id())) {
                    editor.load(note);
                }
                journal.refresh();
            }, messages);
            new HistoryView(model, messages).show(owner, editor.draft().id(), editor.titleProperty().get(), css);
        });
    }
}
